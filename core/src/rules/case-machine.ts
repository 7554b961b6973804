import type { CaseStatus } from '../domain/case';
import {
  type CaseAction,
  type CaseFacts,
  type CaseTransition,
  caseActionDefinitions,
  caseActions,
} from '../domain/case-action';
import type { Actor } from '../domain/user';
import { AppError } from '../errors';
import { completedStatuses, uncountedStatuses } from './case-figures';

/** The actor as the state machine sees it; `leaderApproves` is set from the workflow settings. */
export type CaseActor = Pick<Actor, 'role' | 'departmentId'> & { leaderApproves?: boolean };

/** Whether the actor's role (and for handlers, department) may perform the action at all. */
function actorMay(t: CaseTransition, actor: CaseActor, c: CaseFacts): boolean {
  if (actor.role === 'admin') return true;
  const leader = actor.role === 'leader' && t.leaderWhenConfigured === true && actor.leaderApproves === true;
  if (!leader && !t.roles.includes(actor.role)) return false;
  return (
    actor.role !== 'handler' || (actor.departmentId !== null && actor.departmentId === c.leadDepartmentId)
  );
}

function validIn(t: CaseTransition, c: CaseFacts): boolean {
  return t.from.includes(c.status) && (!t.types || t.types.includes(c.type)) && (!t.when || t.when(c));
}

/** The actions this actor may take on this case now; every case response carries them. */
export function allowedActions(c: CaseFacts, actor: CaseActor): CaseAction[] {
  return caseActions.filter((a) => {
    const t: CaseTransition = caseActionDefinitions[a];
    return validIn(t, c) && actorMay(t, actor, c);
  });
}

/**
 * Check an action and return the next status. A role that may never do it gets 403; an action the
 * case's state does not allow gets 409 INVALID_TRANSITION with the allowed actions in `details`.
 */
export function decideTransition(
  c: CaseFacts,
  actor: CaseActor,
  action: CaseAction,
  previousStatus: CaseStatus | null,
): CaseStatus {
  const t: CaseTransition = caseActionDefinitions[action];
  if (!actorMay(t, actor, c)) throw new AppError('FORBIDDEN');
  if (!validIn(t, c)) {
    throw new AppError(
      'INVALID_TRANSITION',
      {
        zh: `当前状态（${c.status}）不允许执行“${action}”`,
        en: `Action "${action}" is not allowed while the case is ${c.status}`,
      },
      { action, status: c.status, allowedActions: allowedActions(c, actor) },
    );
  }
  if (t.to === 'same') return c.status;
  if (t.to === 'previous') return previousStatus ?? 'assigned';
  return t.to;
}

/** Statuses in which nothing more is expected of anyone: answered (办结) or merged into another case. */
export const finishedStatuses: readonly CaseStatus[] = [...completedStatuses, ...uncountedStatuses];
export const isOpenStatus = (s: CaseStatus) => !finishedStatuses.includes(s);

/** A handler sees a case only when their department is its lead or a co-department (协办). */
export function canSeeCase(
  actor: Pick<Actor, 'role' | 'departmentId'>,
  departmentIds: readonly number[],
): boolean {
  if (actor.role !== 'handler') return true;
  return actor.departmentId !== null && departmentIds.includes(actor.departmentId);
}
