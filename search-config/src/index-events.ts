import { type Db, eventsByIds } from '@desk/core/store';
import type { Meilisearch } from 'meilisearch';
import { indexUid, type SearchConfig } from './client';

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * Send touched events to the Meilisearch `events` index (title, keywords, status, hotness), so the desk
 * can search events by word. The database stays the record: a failed write only delays search.
 */
export async function indexEvents(
  db: Db,
  search: { client: Meilisearch; config: SearchConfig },
  eventIds: number[],
) {
  if (!eventIds.length) return;
  const rows = await eventsByIds(db, eventIds);
  const docs = rows.map((e) => ({
    id: e.id,
    title: e.title,
    keywords: e.keywords,
    status: e.status,
    topic: e.topic,
    departmentIds: e.departmentIds,
    hotness: e.hotness,
    messageCount: e.messageCount,
    firstSeenAt: seconds(e.firstSeenAt),
    lastSeenAt: seconds(e.lastSeenAt),
  }));
  await search.client.index(indexUid(search.config, 'events')).addDocuments(docs, { primaryKey: 'id' });
}
