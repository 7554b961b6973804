import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { notifications } from '../../schema';

export interface NotificationInput {
  kind: 'due-soon' | 'overdue' | 'assigned' | 'returned' | 'review' | 'rejected' | 'briefing';
  caseId: number | null;
  title: string;
  detail?: Record<string, unknown>;
}

export async function notifyUsers(
  db: Db,
  userIds: readonly number[],
  input: NotificationInput,
): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  await db
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, ...input, detail: input.detail ?? {} })));
  return unique.length;
}

export async function listNotifications(
  db: Db,
  userId: number,
  options: { unread?: boolean; offset: number; limit: number },
) {
  const where = and(
    eq(notifications.userId, userId),
    options.unread ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Mark one (or, without id, all) of the user's notifications read; never touches another user's. */
export async function markNotificationsRead(db: Db, userId: number, id?: number): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        id === undefined ? undefined : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
