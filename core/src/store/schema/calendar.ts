import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { calendarDayKinds } from '../../domain/deadline-policy';
import { stamp } from './columns';
import { users } from './users';

/** The administrator's corrections to the official holiday calendar (they always win). */
export const calendarOverrides = pgTable('calendar_overrides', {
  id: serial('id').primaryKey(),
  date: text('date').notNull().unique(),
  kind: text('kind', { enum: calendarDayKinds }).notNull(),
  name: text('name').notNull(),
  note: text('note'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
