import { boolean, index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { apiKeys } from './api-keys';
import { stamp } from './columns';
import { users } from './users';

/**
 * Where messages come from: pulled feeds (rss/atom/json), the portal intake (one source per API key),
 * file imports and the built-in demo feed. The health columns answer "is this feed still alive?".
 */
export const sources = pgTable('sources', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  type: text('type', { enum: ['rss', 'atom', 'json', 'portal', 'import', 'demo'] }).notNull(),
  url: text('url'),
  intervalSeconds: integer('interval_seconds').notNull().default(300),
  encoding: text('encoding'),
  mapping: jsonb('mapping').$type<Record<string, string>>(),
  enabled: boolean('enabled').notNull().default(true),
  apiKeyId: integer('api_key_id').references(() => apiKeys.id),
  etag: text('etag'),
  lastModified: text('last_modified'),
  nextPullAt: stamp('next_pull_at'),
  lastFetchAt: stamp('last_fetch_at'),
  lastSuccessAt: stamp('last_success_at'),
  lastNewItemAt: stamp('last_new_item_at'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastError: text('last_error'),
  lastErrorAt: stamp('last_error_at'),
  itemsTotal: integer('items_total').notNull().default(0),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
  deletedAt: stamp('deleted_at'),
});

/** Permanent ingest failures with their reason (bad feed, bad payload, index rejects), for the admin. */
export const ingestFailures = pgTable(
  'ingest_failures',
  {
    id: serial('id').primaryKey(),
    stage: text('stage').notNull(),
    sourceId: integer('source_id'),
    reason: text('reason').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('ingest_failures_source_idx').on(t.sourceId, t.createdAt)],
);
