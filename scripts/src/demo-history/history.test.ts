import { caseStatuses, localDateOf, weekdayOf } from '@desk/core';
import {
  caseFigures,
  disclosureTable3,
  disclosureTable4,
  refreshGazetteer,
  schema,
  seedDemoRoutingRules,
} from '@desk/core/store';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHistory } from './index';

/** A fixed Friday morning (CST), so the year and its working days are the same on every run. */
const now = new Date('2026-11-20T02:00:00Z');
const rows = async <T>(rt: TestRuntime, query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await rt.database.db.execute(query)) as unknown as { rows: T[] }).rows;

describe('the demo history', () => {
  let rt: TestRuntime;
  let summary: Awaited<ReturnType<typeof seedDemoHistory>>;
  beforeAll(async () => {
    rt = await createTestRuntime();
    await seedDemoRoutingRules(rt.database.db);
    await refreshGazetteer(rt.database.db, { force: true });
    // A lighter year than the demo's (6 web messages a day instead of 30): the same shape, quicker.
    summary = await seedDemoHistory(rt.database.db, { now, meanPerDay: 6 });
  }, 120_000);
  afterAll(() => rt.close());

  it('covers twelve months of messages, busier on working days than on rest days', async () => {
    expect(summary).not.toBeNull();
    const months = await rows<{ month: string; n: number }>(
      rt,
      sql`select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*)::int as n
          from messages group by 1 order by 1`,
    );
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.every((m) => m.n > 50)).toBe(true);
    const days = await rows<{ day: string; n: number }>(
      rt,
      sql`select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, count(*)::int as n
          from messages where kind = 'web' group by 1`,
    );
    const mean = (list: { n: number }[]) => list.reduce((s, d) => s + d.n, 0) / list.length;
    const weekend = days.filter((d) => [0, 6].includes(weekdayOf(d.day)));
    const weekday = days.filter((d) => ![0, 6].includes(weekdayOf(d.day)));
    expect(mean(weekday)).toBeGreaterThan(mean(weekend) * 1.4);
    // History ends yesterday: today belongs to the live demo feed.
    expect(days.every((d) => d.day < localDateOf(now))).toBe(true);
    // A few burst days stand out from the ordinary ones, and became events.
    const busiest = Math.max(...days.map((d) => d.n));
    expect(busiest).toBeGreaterThan(mean(weekday) * 2);
    const events = await rt.database.db.select().from(schema.events);
    expect(events.length).toBeGreaterThan(5);
    expect(events.every((e) => e.severity && e.hotness > 0 && e.messageCount >= 3)).toBe(true);
  });

  it('has cases in every state, answered ones mostly on time, some overdue, replies and visits', async () => {
    const byStatus = await rows<{ status: string; n: number }>(
      rt,
      sql`select status, count(*)::int as n from cases group by 1`,
    );
    expect(byStatus.map((r) => r.status).sort()).toEqual([...caseStatuses].sort());
    const figures = await caseFigures(rt.database.db, new Date('2025-01-01'), now, now);
    expect(figures.openOverdue).toBeGreaterThan(0);
    expect(figures.completed).toBeGreaterThan(figures.received / 2);
    expect(figures.onTimeRate).toBeGreaterThan(0.75);
    expect(figures.onTimeRate).toBeLessThan(1);
    const [counts] = await rows<{ responses: number; visits: number; history: number; merged: number }>(
      rt,
      sql`select (select count(*)::int from responses) as responses,
                 (select count(*)::int from cases where satisfaction is not null) as visits,
                 (select count(distinct case_id)::int from case_history) as history,
                 (select count(*)::int from cases where status = 'merged' and merged_into_id is null) as merged`,
    );
    expect(counts!.responses).toBe(byStatus.find((r) => r.status === 'published')!.n);
    expect(counts!.visits).toBeGreaterThan(10);
    expect(counts!.history).toBe(summary!.cases);
    expect(counts!.merged).toBe(0);
    // Contacts are stored masked on the case, in clear only in case_contacts.
    const masked = await rows<{ phone: string }>(
      rt,
      sql`select contact_masked->>'phone' as phone from cases where contact_masked ? 'phone' limit 20`,
    );
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((c) => c.phone.includes('*'))).toBe(true);
  });

  it('fills the annual statistics: Table 三 rows and Table 四 with a reconsideration and a lawsuit', async () => {
    const table3 = await disclosureTable3(rt.database.db, 2026);
    expect(table3.check.ok).toBe(true);
    const total = (key: string) => table3.rows.find((r) => r.key === key)!.values.total!;
    for (const key of [
      'new',
      'carried',
      'granted',
      'partial',
      'withheld',
      'unable',
      'not-processed',
      'other',
    ])
      expect(total(key), key).toBeGreaterThan(0);
    const natural = table3.rows.find((r) => r.key === 'new')!.values['natural-person']!;
    expect(natural).toBeGreaterThan(total('new') / 2);
    expect(natural).toBeLessThan(total('new'));
    const table4 = await disclosureTable4(rt.database.db, 2026);
    const group = (key: string) => table4.groups.find((g) => g.key === key)!.values.total!;
    expect(group('reconsideration')).toBeGreaterThan(0);
    expect(group('lawsuit.direct') + group('lawsuit.after-reconsideration')).toBeGreaterThan(0);
  });

  it('is seeded once', async () => {
    expect(await seedDemoHistory(rt.database.db, { now, meanPerDay: 6 })).toBeNull();
  });
});
