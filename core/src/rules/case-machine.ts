import type { CaseStatus, CaseType } from '../domain/case';
import type { CaseAction } from '../domain/case-action';
import type { Actor, Role } from '../domain/user';
import { AppError } from '../errors';

/** What the state machine needs to know about a case. */
export interface CaseFacts {
  status: CaseStatus;
  type: CaseType;
  leadDepartmentId: number | null;
  departmentIds: readonly number[];
  unit: 'hours' | 'working-days';
  extensionsUsed: number;
  maxExtensions: number;
  hasDraft: boolean;
}

interface Transition {
  from: readonly CaseStatus[];
  /** 'previous' returns to the status before a pause; 'same' keeps the status (a recorded fact). */
  to: CaseStatus | 'previous' | 'same';
  /** Roles besides admin; a handler must belong to the lead department (主办). */
  roles: readonly Role[];
  types?: readonly CaseType[];
  when?: (c: CaseFacts) => boolean;
  /** Leaders may do it too where the administrator turned leader approvals on (workflow settings). */
  leaderWhenConfigured?: boolean;
}

/** The actor as the state machine sees it; `leaderApproves` is set from the workflow settings. */
export type CaseActor = Pick<Actor, 'role' | 'departmentId'> & { leaderApproves?: boolean };

const WORKING = ['assigned', 'accepted', 'drafting', 'in-review', 'approved'] as const;
const LEAD_OR_DESK = ['handler', 'duty'] as const;

/** The workflow: new → assigned → accepted → drafting → in review → approved → published (办结). */
export const transitions: Record<CaseAction, Transition> = {
  assign: { from: ['new', 'returned'], to: 'assigned', roles: ['duty'] },
  accept: { from: ['assigned'], to: 'accepted', roles: ['handler'] },
  return: { from: ['assigned', 'accepted'], to: 'returned', roles: ['handler'] },
  reassign: { from: ['assigned', 'accepted', 'drafting', 'returned'], to: 'assigned', roles: ['duty'] },
  submit: { from: ['accepted', 'drafting'], to: 'in-review', roles: ['handler'], when: (c) => c.hasDraft },
  approve: { from: ['in-review'], to: 'approved', roles: ['reviewer'], leaderWhenConfigured: true },
  reject: { from: ['in-review'], to: 'drafting', roles: ['reviewer'], leaderWhenConfigured: true },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer'] },
  // Closing ends a case without a published reply (a duplicate call, answered on the spot); a published
  // case is already 办结 (rules/case-figures.ts), so closing it again is never offered.
  close: { from: ['new', 'returned'], to: 'closed', roles: ['duty', 'reviewer'] },
  merge: { from: ['new', 'assigned', 'accepted', 'returned'], to: 'merged', roles: ['duty'] },
  suspend: { from: ['assigned', 'accepted', 'drafting'], to: 'suspended', roles: LEAD_OR_DESK },
  resume: { from: ['suspended'], to: 'previous', roles: LEAD_OR_DESK },
  extend: {
    from: WORKING,
    to: 'same',
    roles: LEAD_OR_DESK,
    when: (c) => c.unit === 'working-days' && c.extensionsUsed < c.maxExtensions,
  },
  'request-supplement': {
    from: ['new', 'assigned', 'accepted'],
    to: 'awaiting-supplement',
    roles: LEAD_OR_DESK,
    types: ['disclosure'],
  },
  'receive-supplement': { from: ['awaiting-supplement'], to: 'previous', roles: LEAD_OR_DESK },
  milestone: {
    from: [...WORKING, 'published'],
    to: 'same',
    roles: ['duty', 'handler', 'reviewer'],
    types: ['opinion'],
  },
  'follow-up': {
    from: ['published', 'closed'],
    to: 'same',
    roles: ['duty'],
    types: ['consultation', 'help', 'suggestion', 'complaint', 'report', 'disclosure'],
  },
};

/** Whether the actor's role (and for handlers, department) may perform the action at all. */
function actorMay(t: Transition, actor: CaseActor, c: CaseFacts): boolean {
  if (actor.role === 'admin') return true;
  const leader = actor.role === 'leader' && t.leaderWhenConfigured === true && actor.leaderApproves === true;
  if (!leader && !t.roles.includes(actor.role)) return false;
  return (
    actor.role !== 'handler' || (actor.departmentId !== null && actor.departmentId === c.leadDepartmentId)
  );
}

function validIn(t: Transition, c: CaseFacts): boolean {
  return t.from.includes(c.status) && (!t.types || t.types.includes(c.type)) && (!t.when || t.when(c));
}

/** The actions this actor may take on this case now; every case response carries them. */
export function allowedActions(c: CaseFacts, actor: CaseActor): CaseAction[] {
  return (Object.keys(transitions) as CaseAction[]).filter((a) => {
    const t = transitions[a];
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
  const t = transitions[action];
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

/** Statuses in which nothing more is expected of anyone. */
export const finishedStatuses: readonly CaseStatus[] = ['published', 'closed', 'merged'];
export const isOpenStatus = (s: CaseStatus) => !finishedStatuses.includes(s);

/** A handler sees a case only when their department is its lead or a co-department (协办). */
export function canSeeCase(
  actor: Pick<Actor, 'role' | 'departmentId'>,
  departmentIds: readonly number[],
): boolean {
  if (actor.role !== 'handler') return true;
  return actor.departmentId !== null && departmentIds.includes(actor.departmentId);
}
