import { boolean, index, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { intArray, stamp, textArray } from './columns';
import { users } from './users';

/** Monitoring schemes (监测方案): region AND subject AND event words, NOT exclusion words, plus filters. */
export const schemes = pgTable('schemes', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  regionWords: textArray('region_words'),
  subjectWords: textArray('subject_words'),
  eventWords: textArray('event_words'),
  excludeWords: textArray('exclude_words'),
  sourceIds: intArray('source_ids'),
  channels: textArray('channels'),
  regions: textArray('regions'),
  /** Hits within one hour that raise a scheme alert (0 = never). */
  alertThreshold: integer('alert_threshold').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const schemeHits = pgTable(
  'scheme_hits',
  {
    schemeId: integer('scheme_id')
      .notNull()
      .references(() => schemes.id, { onDelete: 'cascade' }),
    messageId: integer('message_id').notNull(),
    matchedAt: stamp('matched_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schemeId, t.messageId] }),
    index('scheme_hits_time_idx').on(t.schemeId, t.matchedAt),
  ],
);

export type SchemeRow = typeof schemes.$inferSelect;
