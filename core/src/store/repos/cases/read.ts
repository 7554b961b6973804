import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lt,
  lte,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { CaseFilter } from '../../../domain/case';
import type { Actor } from '../../../domain/user';
import { departmentScope } from '../../../rules/access';
import { finishedStatuses } from '../../../rules/case-machine';
import type { Db } from '../../db';
import { cases, drafts } from '../../schema';
import type { CaseRow } from './clock';
import { type CaseView, toCaseView } from './view';

const sortColumns = {
  id: cases.id,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  dueAt: cases.dueAt,
  receivedAt: cases.receivedAt,
  status: cases.status,
  type: cases.type,
} as const;

export type CaseListItem = Omit<
  CaseView,
  'extensions' | 'pauses' | 'supplements' | 'milestones' | 'body' | 'proposal'
>;

export interface CaseListOptions {
  filter: CaseFilter;
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' };
}

const hasDraftColumn = sql<boolean>`exists (select 1 from ${drafts} where ${drafts.caseId} = ${cases.id})`;

/**
 * List rows leave out the clock state (the largest column), the body and the routing proposal, and take
 * from the clock, in SQL, only what the allowed actions need; the detail view carries all of it.
 */
const { clock: _clock, body: _body, proposal: _proposal, ...listColumns } = getTableColumns(cases);
const clockFacts = {
  unit: sql<'hours' | 'working-days' | null>`${cases.clock}->>'unit'`,
  extensions: sql<number>`coalesce(jsonb_array_length(${cases.clock}->'extensions'), 0)`,
  maxExtensions: sql<number>`coalesce((${cases.clock}->>'maxExtensions')::int, 0)`,
};

function listRowToCase(
  r: Omit<CaseRow, 'clock' | 'body' | 'proposal'>,
  facts: { unit: 'hours' | 'working-days' | null; extensions: number; maxExtensions: number },
): CaseRow {
  // A stand-in clock with the facts the list needs; arrays stay empty (the detail view has them).
  const clock = facts.unit
    ? ({
        unit: facts.unit,
        maxExtensions: facts.maxExtensions,
        extensions: Array(facts.extensions).fill(null),
        pauses: [],
        supplements: [],
        met: {},
      } as unknown as CaseRow['clock'])
    : null;
  return { ...r, clock, body: '', proposal: null };
}
const asList = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/** The department condition for an actor: a handler only ever reaches cases of their own department. */
export function caseScope(actor: Pick<Actor, 'role' | 'departmentId'>): SQL | undefined {
  const scope = departmentScope(actor);
  return scope === null ? undefined : sql`${cases.departmentIds} @> array[${scope}]::integer[]`;
}

function filterConditions(f: CaseFilter, now: Date): (SQL | undefined)[] {
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
    f.open === false ? inArray(cases.status, [...finishedStatuses]) : undefined,
    f.messageId !== undefined ? eq(cases.messageId, f.messageId) : undefined,
    f.eventId !== undefined ? eq(cases.eventId, f.eventId) : undefined,
    f.createdFrom ? gte(cases.createdAt, f.createdFrom) : undefined,
    f.createdTo ? lte(cases.createdAt, f.createdTo) : undefined,
    f.dueBefore ? lte(cases.dueAt, f.dueBefore) : undefined,
    like ? or(sql`${cases.title} ilike ${like}`, eq(cases.code, f.q!.toUpperCase())) : undefined,
  ];
}

/** One page of cases the actor may see, and the total of that same scoped, filtered set. */
export async function listCases(
  db: Db,
  actor: Pick<Actor, 'role' | 'departmentId'>,
  options: CaseListOptions,
): Promise<{ rows: CaseListItem[]; total: number }> {
  const now = new Date();
  const where = and(caseScope(actor), ...filterConditions(options.filter, now));
  const column = sortColumns[(options.sort?.field ?? 'id') as keyof typeof sortColumns] ?? cases.id;
  const order = options.sort?.order === 'asc' ? asc(column) : desc(column);
  const [rows, [count]] = await Promise.all([
    db
      .select({ row: listColumns, hasDraft: hasDraftColumn, ...clockFacts })
      .from(cases)
      .where(where)
      .orderBy(order, desc(cases.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  const views = rows.map((r) => {
    const {
      extensions: _e,
      pauses: _p,
      supplements: _s,
      milestones: _m,
      body: _b,
      proposal: _pr,
      ...view
    } = toCaseView(listRowToCase(r.row, r), actor, r.hasDraft, now);
    return view;
  });
  return { rows: views, total: count?.n ?? 0 };
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
