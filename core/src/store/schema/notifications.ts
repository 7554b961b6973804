import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './users';

/** In-desk notifications (due soon, overdue, assigned …), one row per recipient. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    caseId: integer('case_id'),
    title: text('title').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: stamp('created_at').notNull().defaultNow(),
    readAt: stamp('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.id)],
);
