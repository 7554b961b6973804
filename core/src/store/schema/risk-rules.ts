import { boolean, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { alertLevels } from '../../domain/alert';
import { stamp, textArray } from './columns';
import { users } from './users';

/** Risk rules (研判规则): named, admin-editable word lists with a level; a hit marks the message and alerts. */
export const riskRules = pgTable('risk_rules', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  level: text('level', { enum: alertLevels }).notNull(),
  words: textArray('words'),
  excludeWords: textArray('exclude_words'),
  active: boolean('active').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export type RiskRuleRow = typeof riskRules.$inferSelect;
