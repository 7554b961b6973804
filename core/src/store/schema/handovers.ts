import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { intArray, stamp } from './columns';
import { shifts } from './shifts';
import { users } from './users';

/** Shift handover log (交接班): what the outgoing officer passes on. */
export const handovers = pgTable('handovers', {
  id: serial('id').primaryKey(),
  shiftId: integer('shift_id').references(() => shifts.id),
  fromUserId: integer('from_user_id')
    .notNull()
    .references(() => users.id),
  toUserId: integer('to_user_id').references(() => users.id),
  summary: text('summary').notNull(),
  openAlertIds: intArray('open_alert_ids'),
  openEventIds: intArray('open_event_ids'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  acknowledgedAt: stamp('acknowledged_at'),
});
