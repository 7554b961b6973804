import { integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { stamp } from './columns';
import { users } from './users';

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
