import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { challengeKinds, challengeResults, lawsuitPaths } from '../../domain/disclosure';
import { cases } from './cases';
import { stamp } from './columns';
import { users } from './users';

/** 行政复议 / 行政诉讼 about disclosure decisions, for annual-report Table 四. */
export const legalChallenges = pgTable(
  'legal_challenges',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id').references(() => cases.id),
    kind: text('kind', { enum: challengeKinds }).notNull(),
    lawsuitPath: text('lawsuit_path', { enum: lawsuitPaths }),
    result: text('result', { enum: challengeResults }).notNull().default('pending'),
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
