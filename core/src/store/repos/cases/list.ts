import { and, asc, desc, sql } from 'drizzle-orm';
import type { CaseFilter, CaseStatus, CaseType } from '../../../domain/case';
import { allowedActions, type CaseActor } from '../../../rules/case-machine';
import type { DueExplanation } from '../../../rules/clock';
import type { Db } from '../../db';
import { cases, drafts } from '../../schema';
import { caseScope, filterConditions } from './read';

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

/**
 * What a list row carries: the facts a list, its filters and exports show, the deadline with its
 * explanation (summary and targets; the day-by-day trace is in the detail) and the allowed actions.
 * Lean on purpose: a page of 25 is the desk's most frequent request.
 */
const listColumns = {
  id: cases.id,
  code: cases.code,
  type: cases.type,
  severity: cases.severity,
  title: cases.title,
  channel: cases.channel,
  status: cases.status,
  jurisdiction: cases.jurisdiction,
  leadDepartmentId: cases.leadDepartmentId,
  coDepartmentIds: cases.coDepartmentIds,
  departmentIds: cases.departmentIds,
  messageId: cases.messageId,
  eventId: cases.eventId,
  mergedIntoId: cases.mergedIntoId,
  contact: cases.contactMasked,
  receivedAt: cases.receivedAt,
  dueAt: cases.dueAt,
  dueSoonAt: cases.dueSoonAt,
  clockRunning: cases.clockRunning,
  dueExplanation: sql<DueExplanation | null>`${cases.dueExplanation} - array['skipped', 'weekendWorkdays', 'uncoveredYears']`,
  escalation: cases.escalation,
  applicantType: cases.applicantType,
  disclosureOutcome: cases.disclosureOutcome,
  satisfaction: cases.satisfaction,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  acceptedAt: cases.acceptedAt,
  publishedAt: cases.publishedAt,
  closedAt: cases.closedAt,
  completedAt: cases.completedAt,
  completedOnTime: cases.completedOnTime,
  hasDraft: sql<boolean>`exists (select 1 from ${drafts} where ${drafts.caseId} = ${cases.id})`,
  clockUnit: sql<'hours' | 'working-days' | null>`${cases.clock}->>'unit'`,
  extensionsUsed: sql<number>`coalesce(jsonb_array_length(${cases.clock}->'extensions'), 0)`,
  maxExtensions: sql<number>`coalesce((${cases.clock}->>'maxExtensions')::int, 0)`,
};

/** One page of cases the actor may see, and the total of that same scoped, filtered set. */
export async function listCases(db: Db, actor: CaseActor, options: CaseListOptions) {
  const now = new Date();
  const where = and(caseScope(actor), ...filterConditions(options.filter, now));
  const column = sortColumns[(options.sort?.field ?? 'id') as keyof typeof sortColumns] ?? cases.id;
  const order = options.sort?.order === 'asc' ? asc(column) : desc(column);
  const [rows, [count]] = await Promise.all([
    db
      .select(listColumns)
      .from(cases)
      .where(where)
      .orderBy(order, desc(cases.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  const items = rows.map(({ clockUnit, maxExtensions, ...row }) => ({
    ...row,
    overdue: row.clockRunning && row.dueAt !== null && row.dueAt < now,
    allowedActions: allowedActions(
      {
        status: row.status as CaseStatus,
        type: row.type as CaseType,
        leadDepartmentId: row.leadDepartmentId,
        departmentIds: row.departmentIds,
        unit: clockUnit ?? 'working-days',
        extensionsUsed: row.extensionsUsed,
        maxExtensions,
        hasDraft: row.hasDraft,
      },
      actor,
    ),
  }));
  return { rows: items, total: count?.n ?? 0 };
}

export type CaseListItem = Awaited<ReturnType<typeof listCases>>['rows'][number];
