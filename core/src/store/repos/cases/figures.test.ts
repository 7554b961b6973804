import { asUser, createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../../domain/audit';
import type { CaseActionPayload } from '../../../domain/case-action';
import { countFigures } from '../../../rules/case-figures';
import { cases, departments, users } from '../../schema';
import { createDraft } from '../drafts';
import { createCase } from './create';
import { caseFigures } from './figures';
import { applyCaseAction } from './transition';

/** A far-off year, so the demo seed's own cases never fall into the period. */
const at = (date: string) => new Date(`2031-${date}T10:00:00+08:00`);
const period = { from: at('01-01'), to: at('12-31') };

describe('case figures (办结, 按时办结, 超期未办结, 按时办结率)', () => {
  let rt: TestRuntime;
  let admin: UserActor;
  let eduId: number;

  async function complaint(received: string, steps: { publishOn?: string; closeOn?: string } = {}) {
    const db = rt.database.db;
    const row = await createCase(
      db,
      admin,
      {
        type: 'complaint',
        severity: null,
        title: `投诉 ${received}`,
        body: '',
        channel: 'phone',
        contact: null,
        receivedAt: at(received),
        jurisdiction: 'default',
        applicantType: null,
        messageId: null,
        eventId: null,
      },
      { now: at(received) },
    );
    const id = row!.id;
    const step = <A extends Parameters<typeof applyCaseAction>[1]['action']>(
      action: A,
      on: string,
      payload: Partial<CaseActionPayload<A>> = {},
    ) => applyCaseAction(db, { id, actor: admin, action, payload, now: at(on) });
    if (steps.closeOn) {
      await step('close', steps.closeOn, { note: '重复来电，已当场答复' });
      return id;
    }
    await step('assign', received, { departmentId: eduId });
    if (!steps.publishOn) return id;
    await step('accept', received);
    await createDraft(db, admin, { caseId: id, body: '答复', templateId: null });
    await step('submit', received);
    await step('approve', received);
    await step('publish', steps.publishOn);
    return id;
  }

  beforeAll(async () => {
    rt = await createTestRuntime();
    const db = rt.database.db;
    const [row] = await db.select().from(users).where(eq(users.username, 'admin'));
    admin = asUser({
      id: row!.id,
      username: row!.username,
      displayName: row!.displayName,
      role: 'admin',
      departmentId: null,
    });
    const [edu] = await db.select().from(departments).where(eq(departments.code, 'edu'));
    eduId = edu!.id;
    await complaint('03-02', { publishOn: '03-03' }); // on time
    await complaint('03-09', { publishOn: '03-10' }); // on time
    await complaint('04-01', { publishOn: '06-30' }); // answered late
    await complaint('05-04'); // open, overdue by the end of the year
    await complaint('12-29'); // open, not yet due
    await complaint('06-01', { closeOn: '06-01' }); // closed at once: 办结 on time
    const merged = await complaint('07-01');
    await db.update(cases).set({ status: 'merged' }).where(eq(cases.id, merged));
  }, 120_000);
  afterAll(() => rt?.close());

  it('counts the same figures in SQL as the rule does in memory, merged cases left out', async () => {
    const now = at('12-30');
    const sqlFigures = await caseFigures(rt.database.db, period.from, period.to, now);
    const rows = await rt.database.db.select().from(cases);
    const inPeriod = rows.filter((r) => r.receivedAt >= period.from && r.receivedAt < period.to);
    const facts = inPeriod.map((r) => ({ ...r, status: r.status as never }));
    expect(sqlFigures).toEqual({ ...countFigures(facts, now), onTimeRate: sqlFigures.onTimeRate });
    expect(sqlFigures).toMatchObject({ received: 6, completed: 4, completedOnTime: 3, openOverdue: 1 });
  });

  it('divides on time by completed plus open and overdue, not by completed alone', async () => {
    const figures = await caseFigures(rt.database.db, period.from, period.to, at('12-30'));
    expect(figures.onTimeRate).toBe(0.6); // 3 ÷ (4 + 1), not 3 ÷ 4
  });

  it('has no rate for a period with nothing completed or overdue', async () => {
    const figures = await caseFigures(rt.database.db, at('12-29'), at('12-31'), at('12-30'));
    expect(figures).toMatchObject({ received: 1, completed: 0, openOverdue: 0, onTimeRate: null });
  });
});
