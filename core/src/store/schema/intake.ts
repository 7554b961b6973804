import { integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { sources } from './sources';

/**
 * The message id promised to a portal for its `externalId`, written before the inquiry is queued. The
 * unique pair makes parallel re-sends agree on one id (an upsert, not read-then-write).
 */
export const intakeReservations = pgTable(
  'intake_reservations',
  {
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    externalId: text('external_id').notNull(),
    messageId: integer('message_id').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [unique('intake_reservations_source_external_key').on(t.sourceId, t.externalId)],
);
