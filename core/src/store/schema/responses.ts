import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { stamp } from './columns';
import { users } from './users';

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
