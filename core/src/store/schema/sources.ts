import { boolean, index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { type JsonMapping, sourceTypes } from '../../domain/source';
import type { HtmlSelectors, SitemapOptions } from '../../domain/source-web';
import { apiKeys } from './api-keys';
import { stamp } from './columns';
import { users } from './users';

/**
 * Where messages come from: pulled feeds (rss/atom/json) and web pages (html, sitemap), the portal
 * intake (one source per API key), file imports, pasted links and the built-in demo feed. Each pulled
 * type keeps its settings in its own column. The health columns answer "is this source still alive?".
 */
export const sources = pgTable('sources', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  type: text('type', { enum: sourceTypes }).notNull(),
  url: text('url'),
  intervalSeconds: integer('interval_seconds').notNull().default(300),
  encoding: text('encoding'),
  mapping: jsonb('mapping').$type<JsonMapping>(),
  html: jsonb('html').$type<HtmlSelectors>(),
  sitemap: jsonb('sitemap').$type<SitemapOptions>(),
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
