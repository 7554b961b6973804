import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './users';

/** Keys for machine clients such as the government portal; shown once, stored hashed. */
export const apiKeys = pgTable('api_keys', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
  lastUsedAt: stamp('last_used_at'),
  revokedAt: stamp('revoked_at'),
});
