import { and, eq, sql } from 'drizzle-orm';
import type { UserActor } from '../../../domain/audit';
import type { CaseStatus } from '../../../domain/case';
import { type CaseAction, caseActionTable } from '../../../domain/case-action';
import { AppError } from '../../../errors';
import { type CaseActor, decideTransition } from '../../../rules/case-machine';
import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { caseHistory, cases, drafts } from '../../schema';
import { audited } from '../audit-log/append';
import { loadCalendar } from '../calendar/calendar';
import { caseActionEffects } from './action-effects';
import { type CaseRow, clockColumns } from './clock';
import { caseScope } from './read';
import { type CaseView, caseAuditFacts, caseFacts, toCaseView } from './view';

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
  input: { id: number; actor: UserActor & CaseActor; action: CaseAction; payload: unknown; now?: Date },
): Promise<TransitionResult> {
  const now = input.now ?? new Date();
  return audited(db, input.actor, async (t, audit) => {
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
    const clock = row.clock ? structuredClone(row.clock) : null;
    const { payload, changes } = await runEffect(t, input.action, input.payload, {
      row,
      actor: input.actor,
      now,
      clock,
    });
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
      payload,
    });
    await audit({
      action: `case.${input.action}`,
      entity: 'cases',
      entityId: row.id,
      departmentId: updated!.leadDepartmentId,
      before: caseAuditFacts(row),
      after: { ...caseAuditFacts(updated!), payload },
    });
    const stillHasDraft = hasDraft || input.action === 'submit';
    return { before, after: toCaseView(updated!, input.actor, stillHasDraft, now), action: input.action };
  });
}

/**
 * Validate the action's body and run its effect. The body is read after the visibility and state
 * checks, so a refusal never depends on it; notes and reasons are free text, stored (history, case
 * columns) with personal data masked.
 */
async function runEffect<A extends CaseAction>(
  db: Db,
  action: A,
  body: unknown,
  context: { row: CaseRow; actor: UserActor & CaseActor; now: Date; clock: CaseRow['clock'] },
) {
  const payload = maskDeep(caseActionTable[action].payload.parse(body ?? {}));
  const changes = await caseActionEffects[action](db, { ...context, payload });
  return { payload, changes };
}
