import { and, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { UserActor } from '../../../domain/audit';
import type { DraftCreate } from '../../../domain/draft';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseHistory, cases, drafts } from '../../schema';
import { audited } from '../audit-log/append';
import { caseScope } from '../cases/read';
import { displayNameByUserId } from '../users';

const WRITABLE = ['accepted', 'drafting'];

/** Drafts are visible exactly when their case is (a handler: cases of their department). */
const visibleDrafts = (actor: Pick<Actor, 'role' | 'departmentId'>, extra?: SQL) =>
  and(
    inArray(drafts.caseId, sql`(select ${cases.id} from ${cases} where ${caseScope(actor) ?? sql`true`})`),
    extra,
  );

export async function listDrafts(
  db: Db,
  actor: Pick<Actor, 'role' | 'departmentId'>,
  options: { caseId?: number; offset: number; limit: number },
) {
  const where = visibleDrafts(actor, options.caseId ? eq(drafts.caseId, options.caseId) : undefined);
  const [rows, [count]] = await Promise.all([
    db
      .select({ ...getTableColumns(drafts), authorDisplayName: displayNameByUserId(drafts.authorId) })
      .from(drafts)
      .where(where)
      .orderBy(desc(drafts.caseId), desc(drafts.version))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getDraft(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, id: number) {
  const [row] = await db
    .select()
    .from(drafts)
    .where(visibleDrafts(actor, eq(drafts.id, id)));
  return row;
}

/**
 * Save a new version of the reply. Only the lead department (or an admin) writes, and only while the
 * case is accepted or being drafted; the first draft moves an accepted case to drafting.
 */
export function createDraft(db: Db, actor: UserActor, input: DraftCreate) {
  return audited(db, actor, async (t, audit) => {
    const [c] = await t
      .select()
      .from(cases)
      .where(and(eq(cases.id, input.caseId), caseScope(actor)))
      .for('update');
    if (!c) throw new AppError('NOT_FOUND');
    const isLead =
      actor.role === 'admin' || (actor.role === 'handler' && actor.departmentId === c.leadDepartmentId);
    if (!isLead)
      throw new AppError('FORBIDDEN', {
        zh: '只有主办单位可以起草答复',
        en: 'Only the lead department drafts the reply',
      });
    if (!WRITABLE.includes(c.status)) {
      throw new AppError(
        'INVALID_TRANSITION',
        { zh: '当前状态不能修改答复稿', en: 'The reply cannot be edited in this state' },
        {
          status: c.status,
        },
      );
    }
    const [last] = await t
      .select({ version: drafts.version })
      .from(drafts)
      .where(eq(drafts.caseId, c.id))
      .orderBy(desc(drafts.version))
      .limit(1);
    await t
      .update(drafts)
      .set({ status: 'superseded' })
      .where(and(eq(drafts.caseId, c.id), eq(drafts.status, 'draft')));
    const [row] = await t
      .insert(drafts)
      .values({
        ...input,
        body: maskText(input.body),
        version: (last?.version ?? 0) + 1,
        authorId: actor.id,
        authorName: actor.username,
      })
      .returning();
    if (c.status === 'accepted') {
      await t.update(cases).set({ status: 'drafting', updatedAt: new Date() }).where(eq(cases.id, c.id));
      await t.insert(caseHistory).values({
        caseId: c.id,
        actorId: actor.id,
        actorName: actor.username,
        action: 'draft',
        fromStatus: 'accepted',
        toStatus: 'drafting',
        payload: { draftId: row!.id, version: row!.version },
      });
    }
    await audit({
      action: 'draft.create',
      entity: 'drafts',
      entityId: row!.id,
      departmentId: c.leadDepartmentId,
      after: { caseId: row!.caseId, version: row!.version, length: row!.body.length },
    });
    return { draft: row!, departmentId: c.leadDepartmentId };
  });
}
