import { z } from 'zod';

export const eventStatuses = ['open', 'watching', 'closed'] as const;
export const eventSeverities = ['特别重大', '重大', '较大', '一般'] as const;

export const EventUpdateSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  status: z.enum(eventStatuses).optional(),
  severity: z.enum(eventSeverities).nullable().optional(),
  keywords: z.array(z.string().trim().min(1).max(32)).max(30).optional(),
});
export type EventUpdate = z.infer<typeof EventUpdateSchema>;

/** Move messages into an event (the duty officer regroups what the machine grouped). */
export const EventMergeSchema = z.object({ eventIds: z.array(z.number().int().positive()).min(1).max(50) });

/** At most this many messages in one regrouping: a page of the message list, selected across pages. */
export const MAX_EVENT_MESSAGES = 500;
const MessageIdsSchema = z.array(z.number().int().positive()).min(1).max(MAX_EVENT_MESSAGES);

/** `POST /api/events/:id/messages`: the duty officer merges messages into an existing event. */
export const EventAttachMessagesSchema = z.object({ messageIds: MessageIdsSchema }).strict();
export type EventAttachMessages = z.infer<typeof EventAttachMessagesSchema>;

/** `POST /api/events`: open an event from messages; without a title it is named after the earliest one. */
export const EventCreateSchema = z
  .object({ title: z.string().trim().min(1).max(200).optional(), messageIds: MessageIdsSchema })
  .strict();
export type EventCreate = z.infer<typeof EventCreateSchema>;
