import { boolean, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { type ClockTarget, clockUnits } from '../../domain/deadline-policy';
import { stamp } from './columns';

export const deadlinePolicies = pgTable('deadline_policies', {
  id: serial('id').primaryKey(),
  jurisdiction: text('jurisdiction').notNull().default('default'),
  caseType: text('case_type').notNull(),
  severity: text('severity'),
  unit: text('unit', { enum: clockUnits }).notNull(),
  targets: jsonb('targets').$type<ClockTarget[]>().notNull(),
  maxExtensions: integer('max_extensions').notNull().default(1),
  maxExtensionAmount: integer('max_extension_amount').notNull().default(0),
  notifyLeader: boolean('notify_leader').notNull().default(false),
  label: text('label').notNull().default(''),
  basis: text('basis').notNull().default(''),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});
