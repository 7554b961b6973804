import { boolean, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';

export const templates = pgTable('templates', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  caseType: text('case_type'),
  status: text('status'),
  body: text('body').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});
