import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Row {
  id: number;
  hasDraft: boolean;
  allowedActions: string[];
  overdue: boolean;
  dueAt: string;
  extensionsUsed: number;
  dueExplanation: { summary: unknown };
  [key: string]: unknown;
}

describe('GET /api/cases (the list the database writes as JSON)', () => {
  let rt: TestRuntime;
  const tokens: Record<string, string> = {};
  let edu = 0;
  const ids: number[] = [];

  beforeAll(async () => {
    rt = await createTestRuntime();
    for (const who of ['duty', 'edu']) tokens[who] = await loginAs(rt.app, who);
    const res = await call(rt.app, tokens.duty!, '/api/departments?range=[0,99]');
    edu = ((await res.json()) as { id: number; code: string }[]).find((d) => d.code === 'edu')!.id;
    // Three accepted cases; only the last gets a draft (its draft id differs from its case id).
    for (const title of ['操场积水', '校车晚点', '食堂涨价']) {
      const created = await call(rt.app, tokens.duty!, '/api/cases', {
        json: {
          type: 'complaint',
          title,
          body: '请核实',
          channel: 'web',
          receivedAt: '2026-03-02T09:00:00+08:00',
        },
      });
      const { id } = (await created.json()) as { id: number };
      await call(rt.app, tokens.duty!, `/api/cases/${id}/actions/assign`, { json: { departmentId: edu } });
      await call(rt.app, tokens.edu!, `/api/cases/${id}/actions/accept`, { json: {} });
      ids.push(id);
    }
    await call(rt.app, tokens.edu!, '/api/drafts', { json: { caseId: ids[2], body: '答复稿' } });
  });
  afterAll(() => rt?.close());

  const list = async (query: string) => {
    const res = await call(rt.app, tokens.edu!, `/api/cases?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    return { rows: (await res.json()) as Row[], range: res.headers.get('Content-Range') };
  };

  it('offers submit exactly for the case that has a draft, in the list as in the detail', async () => {
    const { rows } = await list(
      `filter=${encodeURIComponent(JSON.stringify({ id: ids }))}&sort=["id","ASC"]`,
    );
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.hasDraft)).toEqual([false, false, true]);
    expect(rows.map((r) => r.allowedActions.includes('submit'))).toEqual([false, false, true]);
    for (const row of rows) {
      const detail = (await (await call(rt.app, tokens.edu!, `/api/cases/${row.id}`)).json()) as Row;
      expect(detail.hasDraft).toBe(row.hasDraft);
      expect(detail.allowedActions).toEqual(row.allowedActions);
    }
  });

  it('writes the fields a client reads: ISO times, overdue, the explanation without its day trace', async () => {
    const { rows } = await list(`filter=${encodeURIComponent(JSON.stringify({ id: [ids[0]] }))}`);
    const row = rows[0]!;
    const detail = (await (await call(rt.app, tokens.edu!, `/api/cases/${row.id}`)).json()) as Row;
    for (const key of ['receivedAt', 'dueAt', 'dueSoonAt', 'createdAt', 'acceptedAt', 'status', 'code'])
      expect(row[key]).toEqual(detail[key]);
    expect(row.dueAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(row.overdue).toBe(detail.overdue);
    expect(row.overdue).toBe(new Date(row.dueAt) < new Date());
    expect(row.dueExplanation.summary).toEqual(detail.dueExplanation.summary);
    expect(row.dueExplanation).not.toHaveProperty('skipped');
    expect(row.extensionsUsed).toBe(0);
  });

  it('pages with exact totals, also past the end', async () => {
    const first = await list('range=[0,1]&sort=["id","ASC"]');
    expect(first.rows).toHaveLength(2);
    expect(first.range).toBe('cases 0-1/3');
    const past = await list('range=[10,19]');
    expect(past.rows).toEqual([]);
    expect(past.range).toBe('cases 10-10/3');
  });

  it("filters 临期 by each case's own due-soon moment, and 未办结 / 已办结 / all by progress", async () => {
    const make = async (title: string) => {
      const res = await call(rt.app, tokens.duty!, '/api/cases', {
        json: { type: 'complaint', title, body: '请核实', channel: 'phone' },
      });
      return ((await res.json()) as { id: number }).id;
    };
    const fresh = await make('刚受理的投诉');
    const closed = await make('重复来电');
    await call(rt.app, tokens.duty!, `/api/cases/${closed}/actions/close`, { json: { note: '已当场答复' } });
    const accepted = [...ids];
    const found = async (filter: object) => {
      const res = await call(
        rt.app,
        tokens.duty!,
        `/api/cases?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`,
      );
      return ((await res.json()) as Row[]).map((r) => r.id);
    };
    // The three accepted cases were received in March 2026: past their due-soon moment; the fresh one is not.
    expect(await found({ dueSoon: true })).toEqual(expect.arrayContaining(accepted));
    expect(await found({ dueSoon: true })).not.toContain(fresh);
    expect(await found({ open: true })).toEqual(expect.arrayContaining([...accepted, fresh]));
    expect(await found({ open: true })).not.toContain(closed);
    expect(await found({ open: false })).toEqual([closed]);
    expect(await found({})).toEqual(expect.arrayContaining([...accepted, fresh, closed]));
  });
});
