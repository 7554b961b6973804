import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './users';

/** Server-side sessions: the token is given to the client once, only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: serial('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    lastSeenAt: stamp('last_seen_at').notNull().defaultNow(),
    expiresAt: stamp('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
