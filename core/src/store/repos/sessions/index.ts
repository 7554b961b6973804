import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db';
import { sessions, users } from '../../schema';
import { newSecret, sha256 } from '../../tokens';

export async function createSession(db: Db, userId: number, ttlMinutes: number): Promise<string> {
  const token = newSecret('ds_');
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    expiresAt: new Date(Date.now() + ttlMinutes * 60_000),
  });
  return token;
}

/** The active user behind a session token, or undefined when the token is unknown, expired or the user inactive. */
export async function findSessionUser(db: Db, token: string) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date()), eq(users.active, true)),
    );
  return row;
}

export async function deleteSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

export async function deleteExpiredSessions(db: Db) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
