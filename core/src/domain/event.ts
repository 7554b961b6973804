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
