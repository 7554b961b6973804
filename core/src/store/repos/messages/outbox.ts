import { sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { searchOutbox } from '../../schema';
import { idList, outboxWritten } from './awaiting-reindex';
import { type IndexedMessageRow, indexedMessageJson, parseIndexedMessages } from './records';

export type OutboxRow = typeof searchOutbox.$inferSelect;

/**
 * Queue messages for (re)indexing after any change that Meilisearch shows (topic, sentiment, status,
 * department ids, case link, …). Call it in the same transaction as the change when possible.
 */
export async function markForReindex(db: Db, messageIds: number[], reason: 'new' | 'update' = 'update') {
  if (messageIds.length === 0) return;
  await db.insert(searchOutbox).values(messageIds.map((messageId) => ({ messageId, reason })));
  outboxWritten();
}

export interface OutboxBatch {
  rows: Pick<OutboxRow, 'id' | 'messageId' | 'reason'>[];
  messages: IndexedMessageRow[];
  /** When the oldest of these rows was written (ms since epoch). */
  oldestAt: number;
}

/**
 * The oldest pending rows (skipping those already being sent) with the messages they name, in one
 * query: the indexer's only read per Meilisearch write.
 */
export async function nextOutboxBatch(db: Db, limit: number, exceptIds: number[] = []): Promise<OutboxBatch> {
  const result = await db.execute(sql`
    with pending as (
      select id, message_id, reason, created_at from search_outbox
      where not (id = any(${idList(exceptIds)}::bigint[])) order by id limit ${limit}
    )
    select
      (select json_agg(json_build_array(id, message_id, reason)) from pending) as outbox,
      (select extract(epoch from min(created_at)) * 1000 from search_outbox where id in (select id from pending)) as oldest,
      (select json_agg(${indexedMessageJson}) from messages m
        where m.id in (select message_id from pending)) as messages`);
  const row = (result as unknown as { rows: { outbox: unknown; messages: unknown; oldest: unknown }[] })
    .rows[0];
  const outbox = (typeof row?.outbox === 'string' ? JSON.parse(row.outbox) : (row?.outbox ?? [])) as [
    number,
    number,
    OutboxRow['reason'],
  ][];
  return {
    rows: outbox.map(([id, messageId, reason]) => ({ id: Number(id), messageId, reason })),
    messages: parseIndexedMessages(row?.messages),
    oldestAt: Number(row?.oldest ?? Date.now()),
  };
}

export async function deleteOutbox(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(searchOutbox).where(sql`${searchOutbox.id} = any(${idList(ids)}::bigint[])`);
}

export async function outboxSize(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
  return row?.n ?? 0;
}

/** How far search lags behind the database: rows waiting for Meilisearch and when the oldest was written. */
export async function outboxLag(db: Db): Promise<{ rows: number; oldestAt: Date | null }> {
  const [row] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      oldestAt: sql<string | null>`min(${searchOutbox.createdAt})`,
    })
    .from(searchOutbox);
  return { rows: row?.rows ?? 0, oldestAt: row?.oldestAt ? new Date(row.oldestAt) : null };
}

/** Queue every message for indexing again (after the index was deleted or its settings changed). */
export async function markAllForReindex(db: Db): Promise<number> {
  const result = await db.execute(sql`
    with queued as (insert into search_outbox (message_id, reason) select id, 'update' from messages returning 1)
    select count(*)::int as n from queued`);
  outboxWritten();
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}
