import { z } from 'zod';
import { dateTime, id, text } from './fields';
import { updateOf } from './update';

const shiftFields = {
  userId: id(),
  startsAt: dateTime(),
  endsAt: dateTime(),
  email: z.email().max(200).nullable().default(null),
  note: text(500).nullable().default(null),
};
const endsAfterStart = { message: 'a shift ends after it starts', path: ['endsAt'] };

export const ShiftCreateSchema = z.object(shiftFields).refine((s) => s.endsAt > s.startsAt, endsAfterStart);
/** An update changes only what it sends; the route checks the order against the stored times. */
export const ShiftUpdateSchema = updateOf(z.object(shiftFields)).refine(
  (s) => !s.startsAt || !s.endsAt || s.endsAt > s.startsAt,
  endsAfterStart,
);
export type ShiftUpdate = z.infer<typeof ShiftUpdateSchema>;
export type ShiftCreate = z.infer<typeof ShiftCreateSchema>;

export const HandoverCreateSchema = z.object({
  shiftId: z.number().int().positive().nullable().default(null),
  toUserId: z.number().int().positive().nullable().default(null),
  summary: z.string().trim().min(1).max(5_000),
  openAlertIds: z.array(z.number().int().positive()).max(500).default([]),
  openEventIds: z.array(z.number().int().positive()).max(500).default([]),
});
export type HandoverCreate = z.infer<typeof HandoverCreateSchema>;
