import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './users';

/** The duty rota (舆情值班): who is on watch when; the on-duty officer receives alert notifications. */
export const shifts = pgTable(
  'shifts',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: stamp('starts_at').notNull(),
    endsAt: stamp('ends_at').notNull(),
    email: text('email'),
    note: text('note'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('shifts_time_idx').on(t.startsAt, t.endsAt)],
);
