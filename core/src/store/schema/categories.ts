import { boolean, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp, textArray } from './columns';

/** The category taxonomy (一级分类) with editable keywords: the first guess before a model is trained. */
export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull().unique(),
  nameEn: text('name_en'),
  keywords: textArray('keywords'),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});
