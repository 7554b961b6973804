import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { SentimentReason } from '../../classify/sentiment-rules';
import { alertLevels } from '../../domain/alert';
import {
  inquiryTypes,
  messageChannels,
  messageKinds,
  messageStatuses,
  sentimentSources,
  topicSources,
} from '../../domain/message';
import type { RiskHit } from '../../domain/risk-rule';
import { stamp } from './columns';
import { sources } from './sources';

/**
 * Every web message and portal inquiry, once. Title and body are stored MASKED; the originals and the
 * portal contact live in `message_pii`, read only by the audited unmask route.
 */
export const messages = pgTable(
  'messages',
  {
    id: serial('id').primaryKey(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** `id:<external id>`, `url:<canonical url>` or `hash:<sha1>`: one message per source and key. */
    dedupeKey: text('dedupe_key').notNull(),
    externalId: text('external_id'),
    url: text('url'),
    kind: text('kind', { enum: messageKinds }).notNull(),
    channel: text('channel', { enum: messageChannels }).notNull(),
    inquiryType: text('inquiry_type', { enum: inquiryTypes }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    author: text('author'),
    contactMasked: jsonb('contact_masked').$type<{ name?: string; phone?: string; email?: string }>(),
    piiKinds: text('pii_kinds').array().notNull().default(sql`'{}'::text[]`),
    region: text('region'),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    likes: integer('likes').notNull().default(0),
    replies: integer('replies').notNull().default(0),
    publishedAt: stamp('published_at'),
    fetchedAt: stamp('fetched_at'),
    receivedAt: stamp('received_at').notNull().defaultNow(),
    /**
     * MinHash signature (core/src/text/fingerprint.ts) as base64 text: never queried by SQL, only read
     * back to confirm near-duplicate candidates found through the band index (Redis).
     */
    fingerprint: text('fingerprint'),
    duplicateOfId: integer('duplicate_of_id'),
    duplicateCount: integer('duplicate_count').notNull().default(0),
    departmentIds: integer('department_ids').array().notNull().default(sql`'{}'::integer[]`),
    topic: text('topic'),
    topicConfidence: real('topic_confidence'),
    topicSource: text('topic_source', { enum: topicSources }),
    sentiment: real('sentiment'),
    sentimentLabel: text('sentiment_label'),
    /** Where the label comes from, and the words, patterns and signals that decided it (message page). */
    sentimentSource: text('sentiment_source', { enum: sentimentSources }),
    sentimentReasons: jsonb('sentiment_reasons').$type<SentimentReason[]>().notNull().default([]),
    /** The most urgent risk rule it fired (研判), and every fired rule with its words. */
    riskLevel: text('risk_level', { enum: alertLevels }),
    riskHits: jsonb('risk_hits').$type<RiskHit[]>().notNull().default([]),
    eventId: integer('event_id'),
    caseId: integer('case_id'),
    status: text('status', { enum: messageStatuses }).notNull().default('new'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_source_key_idx').on(t.sourceId, t.dedupeKey),
    index('messages_published_idx').on(t.publishedAt),
    index('messages_received_idx').on(t.receivedAt),
    // Partial indexes: most messages have no duplicate link, event, case or department yet, and the
    // embedded engine pays for every index entry written at ingest rates.
    index('messages_duplicate_of_idx').on(t.duplicateOfId).where(sql`${t.duplicateOfId} is not null`),
    index('messages_department_ids_idx')
      .using('gin', t.departmentIds)
      .where(sql`cardinality(${t.departmentIds}) > 0`),
    index('messages_status_idx').on(t.status).where(sql`${t.status} <> 'new'`),
    index('messages_event_idx').on(t.eventId).where(sql`${t.eventId} is not null`),
    index('messages_case_idx').on(t.caseId).where(sql`${t.caseId} is not null`),
    index('messages_risk_idx').on(t.riskLevel).where(sql`${t.riskLevel} is not null`),
  ],
);

/** Originals of masked messages and the portal contact: personal data, read only through unmask. */
export const messagePii = pgTable('message_pii', {
  messageId: integer('message_id')
    .primaryKey()
    .references(() => messages.id),
  title: text('title').notNull(),
  body: text('body').notNull(),
  author: text('author'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

/**
 * Pending Meilisearch writes, committed with the message change: the indexer drains it in batches,
 * so a Meilisearch outage only delays search. `reason` 'new' also announces the message live.
 */
export const searchOutbox = pgTable('search_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  messageId: integer('message_id').notNull(),
  reason: text('reason', { enum: ['new', 'update'] })
    .notNull()
    .default('update'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
