import { and, eq, gte, inArray, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { CaseFilter } from '../../../domain/case';
import type { Actor } from '../../../domain/user';
import { departmentScope } from '../../../rules/access';
import { completedStatuses } from '../../../rules/case-figures';
import { finishedStatuses } from '../../../rules/case-machine';
import type { Db } from '../../db';
import { cases } from '../../schema';
import { toCaseView } from './view';

/**
 * Whether a case has a draft, as SQL text for the list's hand-written JSON and the detail alike. Spelled
 * out: a one-table select renders columns without their table, and `id` would be the draft's.
 */
export const HAS_DRAFT_SQL = 'exists (select 1 from "drafts" where "drafts"."case_id" = "cases"."id")';
const hasDraftColumn = sql<boolean>`${sql.raw(HAS_DRAFT_SQL)}`;
const asList = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/** The department condition for an actor: a handler only ever reaches cases of their own department. */
export function caseScope(actor: Pick<Actor, 'role' | 'departmentId'>): SQL | undefined {
  const scope = departmentScope(actor);
  return scope === null ? undefined : sql`${cases.departmentIds} @> array[${scope}]::integer[]`;
}

export function filterConditions(f: CaseFilter, now: Date): (SQL | undefined)[] {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
  return [
    f.id !== undefined ? inArray(cases.id, asList(f.id)) : undefined,
    f.status ? inArray(cases.status, asList(f.status)) : undefined,
    f.type ? inArray(cases.type, asList(f.type)) : undefined,
    f.severity ? eq(cases.severity, f.severity) : undefined,
    f.leadDepartmentId !== undefined ? eq(cases.leadDepartmentId, f.leadDepartmentId) : undefined,
    f.departmentId !== undefined
      ? sql`${cases.departmentIds} @> array[${f.departmentId}]::integer[]`
      : undefined,
    f.escalation ? eq(cases.escalation, f.escalation) : undefined,
    f.overdue === true ? and(eq(cases.clockRunning, true), lt(cases.dueAt, now)) : undefined,
    f.open === true ? notInArray(cases.status, [...finishedStatuses]) : undefined,
    f.open === false ? inArray(cases.status, [...completedStatuses]) : undefined,
    f.dueSoon === true ? and(eq(cases.clockRunning, true), lte(cases.dueSoonAt, now)) : undefined,
    f.messageId !== undefined ? eq(cases.messageId, f.messageId) : undefined,
    f.eventId !== undefined ? eq(cases.eventId, f.eventId) : undefined,
    f.createdFrom ? gte(cases.createdAt, f.createdFrom) : undefined,
    f.createdTo ? lte(cases.createdAt, f.createdTo) : undefined,
    f.dueBefore ? lte(cases.dueAt, f.dueBefore) : undefined,
    like ? or(sql`${cases.title} ilike ${like}`, eq(cases.code, f.q!.toUpperCase())) : undefined,
  ];
}

/** A case if it exists AND the actor may see it; otherwise undefined (the API answers 404 either way). */
export async function getCaseRow(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, id: number) {
  const [found] = await db
    .select({ row: cases, hasDraft: hasDraftColumn })
    .from(cases)
    .where(and(eq(cases.id, id), caseScope(actor)));
  return found;
}

export async function getCase(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, id: number) {
  const found = await getCaseRow(db, actor, id);
  return found && toCaseView(found.row, actor, found.hasDraft);
}
