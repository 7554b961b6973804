import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ClockTarget } from '../../domain/deadline-policy';
import { cases } from './cases';
import { users } from './org';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** Reply drafts: every save is a new version row, so the reviewer can diff them. */
export const drafts = pgTable(
  'drafts',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    templateId: integer('template_id'),
    status: text('status').notNull().default('draft'),
    reviewComment: text('review_comment'),
    authorId: integer('author_id').references(() => users.id),
    authorName: text('author_name'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('drafts_case_version_idx').on(t.caseId, t.version)],
);

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

/**
 * Published responses: a copy made at publication with personal data masked, so the public feed reads
 * this table alone and can never reach a contact or an unpublished draft.
 */
export const responses = pgTable(
  'responses',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id)
      .unique(),
    caseCode: text('case_code').notNull(),
    caseType: text('case_type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    departmentId: integer('department_id'),
    departmentName: text('department_name'),
    channels: text('channels').array().notNull(),
    receivedAt: stamp('received_at').notNull(),
    publishedAt: stamp('published_at').notNull().defaultNow(),
    publishedBy: integer('published_by').references(() => users.id),
  },
  (t) => [index('responses_published_idx').on(t.publishedAt)],
);

export const deadlinePolicies = pgTable('deadline_policies', {
  id: serial('id').primaryKey(),
  jurisdiction: text('jurisdiction').notNull().default('default'),
  caseType: text('case_type').notNull(),
  severity: text('severity'),
  unit: text('unit', { enum: ['hours', 'working-days'] }).notNull(),
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

/** The administrator's corrections to the official holiday calendar (they always win). */
export const calendarOverrides = pgTable('calendar_overrides', {
  id: serial('id').primaryKey(),
  date: text('date').notNull().unique(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull(),
  note: text('note'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

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

/** 行政复议 / 行政诉讼 about disclosure decisions, for annual-report Table 四. */
export const legalChallenges = pgTable(
  'legal_challenges',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id').references(() => cases.id),
    kind: text('kind', { enum: ['reconsideration', 'lawsuit'] }).notNull(),
    lawsuitPath: text('lawsuit_path', { enum: ['direct', 'after-reconsideration'] }),
    result: text('result', { enum: ['upheld', 'corrected', 'other', 'pending'] })
      .notNull()
      .default('pending'),
    filedAt: stamp('filed_at').notNull(),
    decidedAt: stamp('decided_at'),
    reference: text('reference').notNull().default(''),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('legal_challenges_filed_idx').on(t.filedAt)],
);
