import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CaseStatus } from '../../../domain/case';
import { type CaseAction, type CaseActionPayload, caseActionPayloads } from '../../../domain/case-action';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { decideTransition } from '../../../rules/case-machine';
import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { caseHistory, cases, departments, drafts } from '../../schema';
import { loadCalendar } from '../calendar-overrides';
import { clockColumns } from './clock';
import { type CaseChanges, effects, markAnswered } from './effects';
import { caseScope } from './read';
import { type CaseView, caseFacts, toCaseView } from './view';
import { afterTransition } from './workflow-steps';

export interface TransitionResult {
  before: CaseView;
  after: CaseView;
  action: CaseAction;
}

/**
 * Apply one action to a case inside a transaction (row locked): check the state machine, apply the
 * action's effects, recompute the deadline, record the history and run the side effects.
 */
export async function applyCaseAction(
  db: Db,
  input: { id: number; actor: Actor; action: CaseAction; payload: unknown; now?: Date },
): Promise<TransitionResult> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .select()
      .from(cases)
      .where(and(eq(cases.id, input.id), caseScope(input.actor)))
      .for('update');
    if (!row) throw new AppError('NOT_FOUND');
    const [{ hasDraft } = { hasDraft: false }] = await t
      .select({ hasDraft: sql<boolean>`true` })
      .from(drafts)
      .where(eq(drafts.caseId, row.id))
      .limit(1);
    const before = toCaseView(row, input.actor, hasDraft, now);
    const status = decideTransition(
      caseFacts(row, hasDraft),
      input.actor,
      input.action,
      row.previousStatus as CaseStatus | null,
    );
    // Validated after the visibility and state checks, so a refusal never depends on the body.
    // Notes and reasons are free text: stored (history, case columns) with personal data masked.
    const payload = maskDeep(caseActionPayloads[input.action].parse(input.payload ?? {}));
    const clock = row.clock ? structuredClone(row.clock) : null;
    const effect = effects[input.action as keyof typeof effects] as ((i: unknown) => CaseChanges) | undefined;
    const changes: CaseChanges = effect ? effect({ row, payload, actor: input.actor, now, clock }) : {};
    if (changes.departmentIds) await assertDepartmentsExist(t, changes.departmentIds);
    const step = {
      row,
      changes,
      status,
      payload: payload as CaseActionPayload<never>,
      actor: input.actor,
      now,
    };
    Object.assign(changes, await afterTransition(t, input.action, step));
    if (input.action === 'publish' || (input.action === 'close' && !row.completedAt)) {
      Object.assign(changes, markAnswered(row, clock, now));
    }
    const calendar = await loadCalendar(t);
    const clockChanges = clock ? clockColumns(clock, status, row.escalation, calendar, now) : {};
    const [updated] = await t
      .update(cases)
      .set({ ...changes, ...clockChanges, clock, status, updatedAt: now })
      .where(eq(cases.id, row.id))
      .returning();
    await t.insert(caseHistory).values({
      caseId: row.id,
      at: now,
      actorId: input.actor.id,
      actorName: input.actor.username,
      action: input.action,
      fromStatus: row.status,
      toStatus: status,
      payload: payload as Record<string, unknown>,
    });
    const stillHasDraft = hasDraft || input.action === 'submit';
    return { before, after: toCaseView(updated!, input.actor, stillHasDraft, now), action: input.action };
  });
}

async function assertDepartmentsExist(db: Db, ids: number[]) {
  const found = await db.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids));
  if (found.length !== new Set(ids).size) {
    throw new AppError(
      'BAD_REQUEST',
      { zh: '承办单位不存在', en: 'Unknown department' },
      { departmentIds: ids },
    );
  }
}
