import { asc, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { searchOutbox } from '../schema';

export type OutboxRow = typeof searchOutbox.$inferSelect;

/**
 * Queue messages for (re)indexing after any change that Meilisearch shows (topic, sentiment, status,
 * department ids, case link, …). Call it in the same transaction as the change when possible.
 */
export async function markForReindex(db: Db, messageIds: number[], reason: 'new' | 'update' = 'update') {
  if (messageIds.length === 0) return;
  await db.insert(searchOutbox).values(messageIds.map((messageId) => ({ messageId, reason })));
}

/** The oldest pending rows, skipping those already being sent. */
export async function pendingOutbox(db: Db, limit: number, exceptIds: number[] = []): Promise<OutboxRow[]> {
  const query = db.select().from(searchOutbox);
  const filtered = exceptIds.length ? query.where(notInArray(searchOutbox.id, exceptIds)) : query;
  return filtered.orderBy(asc(searchOutbox.id)).limit(limit);
}

export async function deleteOutbox(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(searchOutbox).where(inArray(searchOutbox.id, ids));
}

/** Count a failed send; rows that fail too often are given up by the caller (and recorded). */
export async function bumpOutboxAttempts(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(searchOutbox)
    .set({ attempts: sql`${searchOutbox.attempts} + 1` })
    .where(inArray(searchOutbox.id, ids));
}

export async function outboxSize(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
  return row?.n ?? 0;
}
