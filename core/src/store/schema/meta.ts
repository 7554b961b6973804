import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';

/** Small facts about this installation: demo seeded, search settings version applied, calendar version. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});
