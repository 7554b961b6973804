import type { CaseStatus, CaseType } from '../../../domain/case';
import type { CaseFacts } from '../../../domain/case-action';
import type { Actor } from '../../../domain/user';
import { allowedActions } from '../../../rules/case-machine';
import type { CaseRow } from './clock';

/** What the API returns for a case: masked contact, deadline with its explanation, allowed actions. */
export type CaseView = ReturnType<typeof toCaseView>;

export function caseFacts(row: CaseRow, hasDraft: boolean): CaseFacts {
  return {
    status: row.status as CaseStatus,
    type: row.type as CaseType,
    leadDepartmentId: row.leadDepartmentId,
    departmentIds: row.departmentIds,
    unit: row.clock?.unit ?? 'working-days',
    extensionsUsed: row.clock?.extensions.length ?? 0,
    maxExtensions: row.clock?.maxExtensions ?? 0,
    hasDraft,
  };
}

/** The facts an audit row keeps about a case before and after a change. */
export const caseAuditFacts = (c: CaseRow) => ({
  status: c.status,
  leadDepartmentId: c.leadDepartmentId,
  coDepartmentIds: c.coDepartmentIds,
  dueAt: c.dueAt,
  escalation: c.escalation,
});

export function toCaseView(
  row: CaseRow,
  actor: Pick<Actor, 'role' | 'departmentId'>,
  hasDraft: boolean,
  now = new Date(),
) {
  const { clock, contactMasked, ...rest } = row;
  return {
    ...rest,
    contact: contactMasked ?? null,
    overdue: row.clockRunning && row.dueAt !== null && row.dueAt < now,
    extensionsUsed: clock?.extensions.length ?? 0,
    extensions: clock?.extensions ?? [],
    pauses: clock?.pauses ?? [],
    supplements: clock?.supplements ?? [],
    milestones: clock?.met ?? {},
    hasDraft,
    allowedActions: allowedActions(caseFacts(row, hasDraft), actor),
  };
}
