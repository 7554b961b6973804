import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { UserActor } from '../../../domain/audit';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseComments, caseContacts, caseHistory, cases } from '../../schema';
import { audited } from '../audit-log/append';
import { displayNameByUserId, displayNameByUsername } from '../users';
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

/** The history with each actor's display name beside the username it was written with. */
export const listCaseHistory = (db: Db, caseId: number) =>
  db
    .select({
      ...getTableColumns(caseHistory),
      actorDisplayName: displayNameByUsername(caseHistory.actorName),
    })
    .from(caseHistory)
    .where(eq(caseHistory.caseId, caseId))
    .orderBy(asc(caseHistory.id));

export const listCaseComments = (db: Db, caseId: number) =>
  db
    .select({
      ...getTableColumns(caseComments),
      authorDisplayName: displayNameByUserId(caseComments.authorId),
    })
    .from(caseComments)
    .where(eq(caseComments.caseId, caseId))
    .orderBy(asc(caseComments.id));

/** A comment on a case the actor may see. */
export function addCaseComment(db: Db, actor: UserActor, caseId: number, body: string) {
  return audited(db, actor, async (tx, audit) => {
    const found = await assertCaseVisible(tx, actor, caseId);
    const [row] = await tx
      .insert(caseComments)
      .values({
        caseId,
        body: maskText(body),
        authorId: actor.id,
        authorName: actor.username,
        departmentId: actor.departmentId,
      })
      .returning();
    await audit({
      action: 'case.comment',
      entity: 'cases',
      entityId: caseId,
      departmentId: found.leadDepartmentId,
      after: { commentId: row!.id },
    });
    return row!;
  });
}

/**
 * The clear-text contact (personal data), for the desk and the lead department only; every read is
 * audited as a view of personal data (which fields were shown, never their values).
 */
export function unmaskCaseContact(db: Db, actor: UserActor, caseId: number) {
  return audited(db, actor, async (tx, audit) => {
    const found = await assertCaseVisible(tx, actor, caseId);
    if (actor.role === 'handler' && actor.departmentId !== found.leadDepartmentId) {
      throw new AppError('FORBIDDEN', {
        zh: '只有主办单位可以查看联系方式',
        en: 'Only the lead department may see the contact',
      });
    }
    const [row] = await tx.select().from(caseContacts).where(eq(caseContacts.caseId, caseId));
    const { caseId: _, ...contact } = row ?? { caseId };
    const fields = Object.keys(contact).filter((k) => contact[k as keyof typeof contact]);
    await audit({
      action: 'unmask',
      entity: 'cases',
      entityId: caseId,
      departmentId: found.leadDepartmentId,
      after: { fields },
    });
    return { caseId, contact: row ? contact : null };
  });
}
