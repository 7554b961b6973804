import { type AnyColumn, asc, eq, sql } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { Actor, User, UserCreate, UserUpdate } from '../../../domain/user';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { hashPassword } from '../../passwords';
import { sessions, users } from '../../schema';
import { audited } from '../audit-log/append';

/**
 * The name a reader knows a colleague by, for rows that keep the username or user id they were written with
 * (case history, comments, drafts): the user's current display name, else null (the system, a removed user).
 */
export const displayNameByUsername = (username: AnyColumn) =>
  sql<string | null>`(select ${users.displayName} from ${users} where ${users.username} = ${username})`;
export const displayNameByUserId = (userId: AnyColumn) =>
  sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${userId})`;

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  active: users.active,
};

export const toActor = (user: User): Actor => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  departmentId: user.departmentId,
});

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function getUser(db: Db, id: number): Promise<User | undefined> {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id));
  return row;
}

export async function listUsers(db: Db): Promise<User[]> {
  return db.select(publicColumns).from(users).orderBy(asc(users.id));
}

export async function createUser(db: Db, actor: AuditActor, input: UserCreate): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return audited(db, actor, async (tx, audit) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, input.username));
    if (existing) throw new AppError('CONFLICT', { zh: '用户名已存在', en: 'Username already exists' });
    const [row] = await tx
      .insert(users)
      .values({ ...input, passwordHash })
      .returning(publicColumns);
    await audit({ action: 'create', entity: 'users', entityId: row!.id, after: row });
    return row!;
  });
}

/** Count a failed login; after `maxFailures` the account is locked for `lockMinutes`. */
export async function recordFailedLogin(db: Db, id: number, maxFailures: number, lockMinutes: number) {
  await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures}
        then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id));
}

export async function recordSuccessfulLogin(db: Db, id: number) {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, id));
}

/**
 * Change an account. A change of role, department, status or password ends the account's sessions,
 * so the new rights apply at once. Nobody can deactivate or demote themselves (the last admin stays).
 */
export async function updateUser(db: Db, actor: AuditActor, id: number, input: UserUpdate): Promise<User> {
  if (id === actor.userId && (!input.active || input.role !== 'admin')) {
    throw new AppError('CONFLICT', {
      zh: '不能停用自己或取消自己的管理员角色',
      en: 'You cannot demote or deactivate yourself',
    });
  }
  const { password, ...fields } = input;
  const values = password ? { ...fields, passwordHash: await hashPassword(password) } : fields;
  return audited(db, actor, async (tx, audit) => {
    const [before] = await tx.select(publicColumns).from(users).where(eq(users.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    const [row] = await tx.update(users).set(values).where(eq(users.id, id)).returning(publicColumns);
    const rightsChanged =
      password || before.role !== row!.role || before.departmentId !== row!.departmentId || !row!.active;
    if (rightsChanged) await tx.delete(sessions).where(eq(sessions.userId, id));
    const after = { ...row, passwordChanged: Boolean(password), changes: fields };
    await audit({ action: 'update', entity: 'users', entityId: id, before, after });
    return row!;
  });
}
