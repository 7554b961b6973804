import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { departments, users } from './org';

const stamp = (name: string) => timestamp(name, { withTimezone: true });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const intArray = (name: string) => integer(name).array().notNull().default(sql`'{}'::integer[]`);

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

/** Monitoring schemes (监测方案): region AND subject AND event words, NOT exclusion words, plus filters. */
export const schemes = pgTable('schemes', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  regionWords: textArray('region_words'),
  subjectWords: textArray('subject_words'),
  eventWords: textArray('event_words'),
  excludeWords: textArray('exclude_words'),
  sourceIds: intArray('source_ids'),
  channels: textArray('channels'),
  regions: textArray('regions'),
  /** Hits within one hour that raise a scheme alert (0 = never). */
  alertThreshold: integer('alert_threshold').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const schemeHits = pgTable(
  'scheme_hits',
  {
    schemeId: integer('scheme_id')
      .notNull()
      .references(() => schemes.id, { onDelete: 'cascade' }),
    messageId: integer('message_id').notNull(),
    matchedAt: stamp('matched_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schemeId, t.messageId] }),
    index('scheme_hits_time_idx').on(t.schemeId, t.matchedAt),
  ],
);

/** Events (舆情事件): messages about one matter, with the figures the hotness formula needs. */
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    keywords: textArray('keywords'),
    /** Term weights of the member messages (core/src/classify/events), compared with each new message. */
    centroid: jsonb('centroid').$type<Record<string, number>>().notNull().default({}),
    status: text('status', { enum: ['open', 'watching', 'closed'] })
      .notNull()
      .default('open'),
    severity: text('severity', { enum: ['特别重大', '重大', '较大', '一般'] }),
    topic: text('topic'),
    regions: textArray('regions'),
    departmentIds: intArray('department_ids'),
    messageCount: integer('message_count').notNull().default(0),
    negativeCount: integer('negative_count').notNull().default(0),
    likes: integer('likes').notNull().default(0),
    replies: integer('replies').notNull().default(0),
    hotness: real('hotness').notNull().default(0),
    firstSeenAt: stamp('first_seen_at').notNull(),
    lastSeenAt: stamp('last_seen_at').notNull(),
    mergedIntoId: integer('merged_into_id'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('events_last_seen_idx').on(t.lastSeenAt), index('events_hotness_idx').on(t.hotness)],
);

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

/** The duty rota (舆情值班): who is on watch when; the on-duty officer receives alert notifications. */
export const shifts = pgTable(
  'shifts',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: stamp('starts_at').notNull(),
    endsAt: stamp('ends_at').notNull(),
    email: text('email'),
    note: text('note'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('shifts_time_idx').on(t.startsAt, t.endsAt)],
);

/** Shift handover log (交接班): what the outgoing officer passes on. */
export const handovers = pgTable('handovers', {
  id: serial('id').primaryKey(),
  shiftId: integer('shift_id').references(() => shifts.id),
  fromUserId: integer('from_user_id')
    .notNull()
    .references(() => users.id),
  toUserId: integer('to_user_id').references(() => users.id),
  summary: text('summary').notNull(),
  openAlertIds: intArray('open_alert_ids'),
  openEventIds: intArray('open_event_ids'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  acknowledgedAt: stamp('acknowledged_at'),
});

/** Where alerts go besides the desk: WeCom / DingTalk robots and e-mail, each with quiet hours. */
export const alertChannels = pgTable('alert_channels', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['wecom', 'dingtalk', 'email'] }).notNull(),
  /** Robot webhook URL, or an e-mail address; empty e-mail = the on-duty officer of the rota. */
  target: text('target'),
  minLevel: text('min_level', { enum: ['red', 'orange', 'yellow', 'blue'] })
    .notNull()
    .default('orange'),
  /** "HH:MM-HH:MM" Beijing time; inside it only red alerts are sent. */
  quietHours: text('quiet_hours'),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: serial('id').primaryKey(),
    alertId: integer('alert_id').notNull(),
    channelId: integer('channel_id').notNull(),
    recipient: text('recipient'),
    status: text('status', { enum: ['sent', 'failed', 'skipped'] }).notNull(),
    detail: text('detail'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('alert_deliveries_alert_idx').on(t.alertId)],
);

export type SchemeRow = typeof schemes.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type RoutingRuleRow = typeof routingRules.$inferSelect;
