import { and, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CaseFilter, CaseStatus, CaseType } from '../../../domain/case';
import { allowedActions, type CaseActor } from '../../../rules/case-machine';
import type { Db } from '../../db';
import { cases } from '../../schema';
import { caseScope, filterConditions, HAS_DRAFT_SQL } from './read';

const sortColumns = {
  id: cases.id,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  dueAt: cases.dueAt,
  receivedAt: cases.receivedAt,
  status: cases.status,
  type: cases.type,
} as const;

export interface CaseListOptions {
  filter: CaseFilter;
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' };
}

const column = (c: AnyPgColumn) => `"cases"."${c.name}"`;
/** A timestamp as JSON.stringify writes a Date (UTC, milliseconds). */
const iso = (c: AnyPgColumn) => `to_char(${column(c)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const extensionsUsed = `coalesce(jsonb_array_length(${column(cases.clock)}->'extensions'), 0)`;

/**
 * What a list row carries: the facts a list, its filters and exports show, the deadline with its
 * explanation (summary and targets; the day-by-day trace is in the detail), whether it is overdue
 * (at the time bound as the one parameter); `listCases` adds the allowed actions. Lean on purpose: a
 * page of 25 is the desk's most frequent request, so the database writes each row's JSON and the API
 * only joins them. Written once as SQL text: building it per request cost more than running it.
 */
const rowJsonBefore = `json_build_object(${[
  ['id', column(cases.id)],
  ['code', column(cases.code)],
  ['type', column(cases.type)],
  ['severity', column(cases.severity)],
  ['title', column(cases.title)],
  ['channel', column(cases.channel)],
  ['status', column(cases.status)],
  ['jurisdiction', column(cases.jurisdiction)],
  ['leadDepartmentId', column(cases.leadDepartmentId)],
  ['coDepartmentIds', column(cases.coDepartmentIds)],
  ['departmentIds', column(cases.departmentIds)],
  ['messageId', column(cases.messageId)],
  ['eventId', column(cases.eventId)],
  ['mergedIntoId', column(cases.mergedIntoId)],
  ['contact', column(cases.contactMasked)],
  ['receivedAt', iso(cases.receivedAt)],
  ['dueAt', iso(cases.dueAt)],
  ['dueSoonAt', iso(cases.dueSoonAt)],
  ['clockRunning', column(cases.clockRunning)],
  [
    'dueExplanation',
    `${column(cases.dueExplanation)} - array['skipped', 'weekendWorkdays', 'uncoveredYears']`,
  ],
  ['escalation', column(cases.escalation)],
  ['applicantType', column(cases.applicantType)],
  ['disclosureOutcome', column(cases.disclosureOutcome)],
  ['satisfaction', column(cases.satisfaction)],
  ['createdAt', iso(cases.createdAt)],
  ['updatedAt', iso(cases.updatedAt)],
  ['acceptedAt', iso(cases.acceptedAt)],
  ['publishedAt', iso(cases.publishedAt)],
  ['closedAt', iso(cases.closedAt)],
  ['completedAt', iso(cases.completedAt)],
  ['completedOnTime', column(cases.completedOnTime)],
  ['hasDraft', HAS_DRAFT_SQL],
  ['extensionsUsed', extensionsUsed],
]
  .map(([key, value]) => `'${key}', ${value}`)
  .join(
    ', ',
  )}, 'overdue', (${column(cases.clockRunning)} and ${column(cases.dueAt)} is not null and ${column(cases.dueAt)} < `;
/** The columns the state machine needs for the allowed actions. */
const factColumns = sql.raw(`${column(cases.status)} as status, ${column(cases.type)} as type,
  ${column(cases.leadDepartmentId)} as lead_department_id, ${column(cases.departmentIds)} as department_ids,
  ${column(cases.clock)}->>'unit' as unit, ${extensionsUsed} as extensions_used,
  coalesce((${column(cases.clock)}->>'maxExtensions')::int, 0) as max_extensions, ${HAS_DRAFT_SQL} as has_draft`);
const rowJson = (now: Date) => sql`${sql.raw(rowJsonBefore)}${now}))::text`;

interface ListRow {
  total: number;
  doc: string;
  status: CaseStatus;
  type: CaseType;
  lead_department_id: number | null;
  department_ids: number[];
  unit: 'hours' | 'working-days' | null;
  extensions_used: number;
  max_extensions: number;
  has_draft: boolean;
}

const rowsOf = (result: unknown) => (result as { rows: ListRow[] }).rows;

/**
 * One page of cases the actor may see, as a JSON array text, with its row count and the total of that
 * same scoped, filtered set (both in one round trip; a page past the end asks for the total alone).
 */
export async function listCases(db: Db, actor: CaseActor, options: CaseListOptions) {
  const now = new Date();
  const where = and(caseScope(actor), ...filterConditions(options.filter, now)) ?? sql`true`;
  const column = sortColumns[(options.sort?.field ?? 'id') as keyof typeof sortColumns] ?? cases.id;
  const order = sql`${column} ${sql.raw(options.sort?.order === 'asc' ? 'asc' : 'desc')}`;
  const rows = rowsOf(
    await db.execute(sql`
      select (select count(*)::int from ${cases} where ${where}) as total, page.* from (
        select ${rowJson(now)} as doc, ${factColumns}
        from ${cases} where ${where}
        order by ${order}, ${cases.id} desc limit ${options.limit} offset ${options.offset}
      ) page`),
  );
  const items = rows.map((row) => {
    const actions = allowedActions(
      {
        status: row.status,
        type: row.type,
        leadDepartmentId: row.lead_department_id,
        departmentIds: row.department_ids,
        unit: row.unit ?? 'working-days',
        extensionsUsed: Number(row.extensions_used),
        maxExtensions: Number(row.max_extensions),
        hasDraft: row.has_draft,
      },
      actor,
    );
    return `${row.doc.slice(0, -1)}, "allowedActions": ${JSON.stringify(actions)}}`;
  });
  const total =
    rows.length > 0 || options.offset === 0
      ? Number(rows[0]?.total ?? 0)
      : Number(
          rowsOf(await db.execute(sql`select count(*)::int as total from ${cases} where ${where}`))[0]?.total,
        );
  return { json: `[${items.join(', ')}]`, count: items.length, total };
}
