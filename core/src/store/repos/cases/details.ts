import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseComments, caseContacts, caseHistory, cases } from '../../schema';
import { caseScope } from './read';

/** Ensures the actor may see the case; every sub-resource (history, comments, contact) goes through it. */
export async function assertCaseVisible(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, id: number) {
  const [row] = await db
    .select({ id: cases.id, departmentIds: cases.departmentIds, leadDepartmentId: cases.leadDepartmentId })
    .from(cases)
    .where(and(eq(cases.id, id), caseScope(actor)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const listCaseHistory = (db: Db, caseId: number) =>
  db.select().from(caseHistory).where(eq(caseHistory.caseId, caseId)).orderBy(asc(caseHistory.id));

export const listCaseComments = (db: Db, caseId: number) =>
  db.select().from(caseComments).where(eq(caseComments.caseId, caseId)).orderBy(asc(caseComments.id));

export async function addCaseComment(db: Db, actor: Actor, caseId: number, body: string) {
  const [row] = await db
    .insert(caseComments)
    .values({
      caseId,
      body: maskText(body),
      authorId: actor.id,
      authorName: actor.username,
      departmentId: actor.departmentId,
    })
    .returning();
  return row!;
}

/** The clear-text contact (personal data): callers must have checked the unmask right and must audit. */
export async function getCaseContact(db: Db, caseId: number) {
  const [row] = await db.select().from(caseContacts).where(eq(caseContacts.caseId, caseId));
  return row ?? null;
}
