import { boolean, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';

export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull().unique(),
  nameEn: text('name_en'),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
