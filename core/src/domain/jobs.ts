import { z } from 'zod';
import { InquiryTypeInputSchema, MessageChannelSchema, MessageKindSchema } from './message';
import { HttpUrlSchema, SourcePreviewRequestSchema } from './source';

/**
 * Job payloads shared by the API (which enqueues) and the workers (which run). Queue names, options and
 * time limits are in the job registry (`queue/src/registry.ts`).
 */
export const PullJobSchema = z.object({
  sourceId: z.number().int().positive(),
  reason: z.enum(['schedule', 'created', 'manual']).default('schedule'),
});
export type PullJob = z.infer<typeof PullJobSchema>;

/**
 * Reads of the live web a person waits for, apart from the scheduled pulls so a long pull never
 * delays them: try a web source's settings, or read one pasted link. The API awaits the result.
 */
export const WebJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preview'), source: SourcePreviewRequestSchema }),
  z.object({ kind: z.literal('link'), url: HttpUrlSchema }),
]);
export type WebJob = z.infer<typeof WebJobSchema>;

const isoDate = z.iso.datetime({ offset: true });

/** One item as a source delivered it, before normalisation. `id` is a message id reserved in advance. */
export const RawItemSchema = z.object({
  id: z.number().int().positive().optional(),
  externalId: z.string().max(512).optional(),
  url: z.string().max(4096).optional(),
  title: z.string().max(2_000).default(''),
  body: z.string().max(200_000).default(''),
  author: z.string().max(256).optional(),
  publishedAt: isoDate.optional(),
  receivedAt: isoDate.optional(),
  likes: z.number().int().min(0).optional(),
  replies: z.number().int().min(0).optional(),
  kind: MessageKindSchema.default('web'),
  channel: MessageChannelSchema.default('feed'),
  /** The code; a Chinese label (queued before the codes, or sent by an import) is read as its code. */
  inquiryType: InquiryTypeInputSchema.optional(),
  contact: z
    .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
    .optional(),
});
export type RawItem = z.input<typeof RawItemSchema>;
export type ParsedRawItem = z.output<typeof RawItemSchema>;

/** Largest batch per ingest job: big enough for multi-row inserts, small enough for quick retries. */
export const MAX_INGEST_BATCH = 500;

export const IngestJobSchema = z.object({
  sourceId: z.number().int().positive(),
  fetchedAt: isoDate,
  items: z.array(RawItemSchema).min(1).max(MAX_INGEST_BATCH),
});
export type IngestJob = z.input<typeof IngestJobSchema>;

/** Jobs for the case workflow; consumers must be idempotent (a job may be delivered twice). */
export const CasesJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('from-inquiry'), messageId: z.number().int().positive() }),
]);
export type CasesJob = z.infer<typeof CasesJobSchema>;

/** Messages just stored: schemes, events and bursts for them (the topics engine). */
export const TopicsJobSchema = z.object({
  messageIds: z.array(z.number().int().positive()).min(1).max(MAX_INGEST_BATCH),
});
export type TopicsJob = z.infer<typeof TopicsJobSchema>;

/** Repeatable jobs carry nothing: what they do depends only on the time they run. */
export const RepeatJobSchema = z.object({}).strict();

/** Live events on the Redis stream `${prefix}:events`; the API streams them to the desk (SSE). */
export const DeskEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message.new'),
    id: z.number().int(),
    departmentIds: z.array(z.number().int()),
  }),
  // Topics (issue 4): alerts and events. `departmentIds` empty = desk-wide (not sent to handlers).
  z.object({
    type: z.literal('alert.new'),
    id: z.number().int(),
    kind: z.string(),
    level: z.string(),
    title: z.string(),
    eventId: z.number().int().nullable(),
    departmentIds: z.array(z.number().int()),
  }),
  z.object({
    type: z.literal('alert.acknowledged'),
    id: z.number().int(),
    by: z.string(),
    departmentIds: z.array(z.number().int()),
  }),
  z.object({
    type: z.literal('event.updated'),
    id: z.number().int(),
    title: z.string(),
    messageCount: z.number().int(),
    hotness: z.number(),
    departmentIds: z.array(z.number().int()),
  }),
]);
export type DeskEvent = z.infer<typeof DeskEventSchema>;
