import { index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { alertKinds, alertLevels } from '../../domain/alert';
import { stamp } from './columns';
import { users } from './users';

/**
 * Alerts for the duty desk: bursts and negative swings of events, scheme hits, sources that fail or go
 * quiet, overdue cases. `dedupeKey` keeps one open alert per condition (a failing source alerts once).
 */
export const alerts = pgTable(
  'alerts',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', {
      enum: alertKinds,
    }).notNull(),
    level: text('level', { enum: alertLevels }).notNull(),
    title: text('title').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key'),
    sourceId: integer('source_id'),
    eventId: integer('event_id'),
    caseId: integer('case_id'),
    departmentId: integer('department_id'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    acknowledgedAt: stamp('acknowledged_at'),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
  },
  (t) => [
    index('alerts_open_idx').on(t.acknowledgedAt, t.createdAt),
    index('alerts_dedupe_idx').on(t.dedupeKey),
  ],
);
