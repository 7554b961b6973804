import { z } from 'zod';

const instant = z.coerce.date();

export const ShiftCreateSchema = z
  .object({
    userId: z.number().int().positive(),
    startsAt: instant,
    endsAt: instant,
    email: z.email().max(200).nullable().default(null),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .refine((s) => s.endsAt > s.startsAt, { message: 'a shift ends after it starts', path: ['endsAt'] });
export type ShiftCreate = z.infer<typeof ShiftCreateSchema>;

export const HandoverCreateSchema = z.object({
  shiftId: z.number().int().positive().nullable().default(null),
  toUserId: z.number().int().positive().nullable().default(null),
  summary: z.string().trim().min(1).max(5_000),
  openAlertIds: z.array(z.number().int().positive()).max(500).default([]),
  openEventIds: z.array(z.number().int().positive()).max(500).default([]),
});
export type HandoverCreate = z.infer<typeof HandoverCreateSchema>;
