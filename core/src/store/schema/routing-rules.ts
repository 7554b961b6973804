import { boolean, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stamp, textArray } from './columns';
import { departments } from './departments';
import { schemes } from './schemes';

/** Routing rules: category / scheme / keywords / region → department, highest priority first. */
export const routingRules = pgTable('routing_rules', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  departmentId: integer('department_id')
    .notNull()
    .references(() => departments.id),
  topic: text('topic'),
  schemeId: integer('scheme_id').references(() => schemes.id, { onDelete: 'set null' }),
  keywords: textArray('keywords'),
  regions: textArray('regions'),
  priority: integer('priority').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export type RoutingRuleRow = typeof routingRules.$inferSelect;
