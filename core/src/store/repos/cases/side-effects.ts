import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { departments, drafts, messages, responses, users } from '../../schema';
import { markForReindex } from '../messages/outbox';
import type { CaseRow } from './clock';

/**
 * Handlers see the messages of their cases through `messages.department_ids` (ingest's table): keep
 * it equal to the case's departments whenever a case is created, assigned, reassigned or merged.
 */
export async function syncMessageDepartments(
  db: Db,
  row: Pick<CaseRow, 'id' | 'messageId' | 'departmentIds'>,
) {
  const linked = row.messageId
    ? or(eq(messages.caseId, row.id), eq(messages.id, row.messageId))
    : eq(messages.caseId, row.id);
  const updated = await db
    .update(messages)
    .set({
      caseId: row.id,
      status: 'case',
      departmentIds: [...row.departmentIds],
      updatedAt: new Date(),
    })
    .where(linked)
    .returning({ id: messages.id });
  // Search filters on the indexed departmentIds too: re-index, or a reassigned-away department could
  // still find the message and the new one could not.
  await markForReindex(
    db,
    updated.map((m) => m.id),
  );
}

/** Move the messages of a merged case to the case it was merged into. */
export async function moveMessages(db: Db, fromCaseId: number, into: Pick<CaseRow, 'id' | 'departmentIds'>) {
  const moved = await db
    .update(messages)
    .set({ caseId: into.id, departmentIds: [...into.departmentIds], updatedAt: new Date() })
    .where(eq(messages.caseId, fromCaseId))
    .returning({ id: messages.id });
  await markForReindex(
    db,
    moved.map((m) => m.id),
  );
}

export const latestDraft = async (db: Db, caseId: number, statuses?: string[]) => {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.caseId, caseId), statuses ? inArray(drafts.status, statuses) : undefined))
    .orderBy(desc(drafts.version))
    .limit(1);
  return row;
};

export async function setDraftStatus(db: Db, id: number, status: string, reviewComment?: string) {
  await db
    .update(drafts)
    .set({ status, ...(reviewComment !== undefined ? { reviewComment: maskText(reviewComment) } : {}) })
    .where(eq(drafts.id, id));
}

/** Copy the approved reply into `responses` with personal data masked: what the public feed serves. */
export async function insertResponse(
  db: Db,
  row: CaseRow,
  body: string,
  publishedBy: number | null,
  channels: string[],
  now: Date,
) {
  const [department] = row.leadDepartmentId
    ? await db
        .select({ name: departments.name })
        .from(departments)
        .where(eq(departments.id, row.leadDepartmentId))
    : [];
  await db
    .insert(responses)
    .values({
      caseId: row.id,
      caseCode: row.code,
      caseType: row.type,
      title: maskText(row.title),
      body: maskText(body),
      departmentId: row.leadDepartmentId,
      departmentName: department?.name ?? null,
      channels,
      receivedAt: row.receivedAt,
      publishedAt: now,
      publishedBy,
    })
    .onConflictDoNothing();
}

/** Active users who should hear about a case: handlers of its departments and/or people in a role. */
export async function recipients(
  db: Db,
  target: { departmentIds?: readonly number[]; roles?: readonly ('reviewer' | 'leader' | 'duty')[] },
): Promise<number[]> {
  const conditions = [];
  if (target.departmentIds?.length)
    conditions.push(and(eq(users.role, 'handler'), inArray(users.departmentId, [...target.departmentIds])));
  if (target.roles?.length) conditions.push(inArray(users.role, [...target.roles]));
  if (conditions.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), or(...conditions)));
  return rows.map((r) => r.id);
}
