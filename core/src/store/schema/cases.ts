import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { caseStatuses, caseTypes, channels, type Escalation, severities } from '../../domain/case';
import type { ClockState, DueExplanation } from '../../rules/clock';
import { intArray, stamp } from './columns';
import { departments } from './departments';
import { users } from './users';

/**
 * Cases (工单). `department_ids` = lead + co-departments: the one column every department-scoped query
 * filters on (GIN). The clock state is stored whole so deadlines can be recomputed when the calendar changes.
 */
export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().generatedAlwaysAs(sql`'GD' || lpad(id::text, 7, '0')`),
    type: text('type', { enum: caseTypes }).notNull(),
    severity: text('severity', { enum: severities }),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    channel: text('channel', { enum: channels }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull().default('new'),
    previousStatus: text('previous_status', { enum: caseStatuses }),
    jurisdiction: text('jurisdiction').notNull().default('default'),
    leadDepartmentId: integer('lead_department_id').references(() => departments.id),
    coDepartmentIds: intArray('co_department_ids'),
    departmentIds: intArray('department_ids'),
    messageId: integer('message_id'),
    eventId: integer('event_id'),
    mergedIntoId: integer('merged_into_id'),
    contactMasked: jsonb('contact_masked').$type<Record<string, string>>(),
    receivedAt: stamp('received_at').notNull().defaultNow(),
    clock: jsonb('clock').$type<ClockState>(),
    dueAt: stamp('due_at'),
    dueSoonAt: stamp('due_soon_at'),
    clockRunning: boolean('clock_running').notNull().default(false),
    dueExplanation: jsonb('due_explanation').$type<DueExplanation>(),
    calendarVersion: text('calendar_version'),
    escalation: text('escalation').$type<Escalation>().notNull().default('none'),
    escalatedAt: stamp('escalated_at'),
    applicantType: text('applicant_type'),
    disclosureOutcome: text('disclosure_outcome'),
    outcomeAt: stamp('outcome_at'),
    satisfaction: text('satisfaction'),
    satisfactionNote: text('satisfaction_note'),
    followedUpAt: stamp('followed_up_at'),
    proposal: jsonb('proposal').$type<Record<string, unknown>>(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
    acceptedAt: stamp('accepted_at'),
    publishedAt: stamp('published_at'),
    closedAt: stamp('closed_at'),
    /** First publication or closing: the moment the case was answered, for on-time statistics. */
    completedAt: stamp('completed_at'),
    completedOnTime: boolean('completed_on_time'),
  },
  (t) => [
    uniqueIndex('cases_message_idx').on(t.messageId),
    index('cases_department_ids_idx').using('gin', t.departmentIds),
    index('cases_status_idx').on(t.status, t.id),
    index('cases_lead_idx').on(t.leadDepartmentId, t.id),
    index('cases_type_idx').on(t.type, t.id),
    index('cases_due_idx').on(t.dueAt),
    index('cases_running_idx').on(t.clockRunning, t.dueSoonAt),
    index('cases_created_idx').on(t.createdAt),
    index('cases_received_idx').on(t.receivedAt),
    index('cases_event_idx').on(t.eventId),
    // Narrow and covering: list totals (count(*) with filters on these columns) become index-only
    // scans instead of reading the wide rows (clock and explanation jsonb).
    index('cases_filter_idx').on(t.status, t.type, t.escalation, t.clockRunning, t.dueAt, t.leadDepartmentId),
  ],
);

/** The contact of a case in clear text: personal data, read only through the audited unmask route. */
export const caseContacts = pgTable('case_contacts', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id),
  name: text('name'),
  phone: text('phone'),
  email: text('email'),
  idNumber: text('id_number'),
  address: text('address'),
});

/** Every transition with who, when, from / to and the payload: the case's status history. */
export const caseHistory = pgTable(
  'case_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    at: stamp('at').notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_history_case_idx').on(t.caseId, t.at)],
);

export const caseComments = pgTable(
  'case_comments',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: integer('author_id').references(() => users.id),
    authorName: text('author_name'),
    departmentId: integer('department_id'),
    body: text('body').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_comments_case_idx').on(t.caseId)],
);
