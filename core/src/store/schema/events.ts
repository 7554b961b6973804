import { index, integer, jsonb, pgTable, real, serial, text } from 'drizzle-orm/pg-core';
import { eventSeverities, eventStatuses } from '../../domain/event';
import { intArray, stamp, textArray } from './columns';

/** Events (舆情事件): messages about one matter, with the figures the hotness formula needs. */
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    keywords: textArray('keywords'),
    /** Term weights of the member messages (core/src/classify/events), compared with each new message. */
    centroid: jsonb('centroid').$type<Record<string, number>>().notNull().default({}),
    status: text('status', { enum: eventStatuses }).notNull().default('open'),
    severity: text('severity', { enum: eventSeverities }),
    topic: text('topic'),
    regions: textArray('regions'),
    departmentIds: intArray('department_ids'),
    messageCount: integer('message_count').notNull().default(0),
    negativeCount: integer('negative_count').notNull().default(0),
    likes: integer('likes').notNull().default(0),
    replies: integer('replies').notNull().default(0),
    hotness: real('hotness').notNull().default(0),
    firstSeenAt: stamp('first_seen_at').notNull(),
    lastSeenAt: stamp('last_seen_at').notNull(),
    mergedIntoId: integer('merged_into_id'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('events_last_seen_idx').on(t.lastSeenAt), index('events_hotness_idx').on(t.hotness)],
);

export type EventRow = typeof events.$inferSelect;
