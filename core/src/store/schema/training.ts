import { boolean, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './users';

/** Trained models (topic or sentiment), one active per kind; the model itself is plain JSON. */
export const classifierModels = pgTable(
  'classifier_models',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['topic', 'sentiment'] }).notNull(),
    version: integer('version').notNull(),
    model: jsonb('model').notNull(),
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull().default({}),
    trainingSize: integer('training_size').notNull(),
    active: boolean('active').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('classifier_models_kind_version_idx').on(t.kind, t.version)],
);

/** Labelled examples: admin uploads and the categories duty officers confirm or correct on the desk. */
export const trainingExamples = pgTable(
  'training_examples',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['topic', 'sentiment'] }).notNull(),
    title: text('title').notNull(),
    body: text('body'),
    label: text('label').notNull(),
    origin: text('origin', { enum: ['upload', 'confirmed'] }).notNull(),
    messageId: integer('message_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('training_examples_kind_idx').on(t.kind),
    uniqueIndex('training_examples_message_idx').on(t.kind, t.messageId),
  ],
);
