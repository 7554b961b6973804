import { z } from 'zod';
import type { RawItem } from './jobs';
import { InquiryTypeInputSchema, inquiryChannels } from './message';

/**
 * Text the database can store: no lone surrogate (half an emoji) and no NUL. Refused with 400 naming
 * the field, since such an inquiry could be queued but never stored.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const storable = (schema: z.ZodString) =>
  schema.refine((s) => !LONE_SURROGATE.test(s) && !s.includes('\u0000'), 'lone surrogate or NUL character');

export const InquiryContactSchema = z
  .object({
    name: storable(z.string().trim().max(64)).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[\d+\-() ]{3,32}$/, 'digits, +, -, ( ) and spaces')
      .optional(),
    email: z.email().max(128).optional(),
  })
  .strict();
export type InquiryContact = z.infer<typeof InquiryContactSchema>;

/** `POST /api/intake/inquiries` from the government portal (header X-Api-Key). */
export const InquiryCreateSchema = z
  .object({
    /** The request type's code (`complaint`) or its Chinese label (`投诉`); stored as the code. */
    type: InquiryTypeInputSchema,
    title: storable(z.string().trim().min(1).max(200)),
    body: storable(z.string().trim().min(1).max(20_000)),
    contact: InquiryContactSchema.optional(),
    channel: z.enum(inquiryChannels),
    externalId: storable(z.string().trim().min(1).max(128)).optional(),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type InquiryCreate = z.infer<typeof InquiryCreateSchema>;

export const ApiKeyCreateSchema = z.object({ name: z.string().trim().min(1).max(64) }).strict();
export type ApiKeyCreate = z.infer<typeof ApiKeyCreateSchema>;

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A portal inquiry as an ingest item: `id` is the message id reserved for it and answered to the portal. */
export function inquiryToRawItem(inquiry: InquiryCreate, id: number, now = new Date()): RawItem {
  return {
    id,
    externalId: inquiry.externalId,
    title: inquiry.title,
    body: inquiry.body,
    kind: 'inquiry',
    channel: inquiry.channel,
    inquiryType: inquiry.type,
    contact: inquiry.contact,
    receivedAt: inquiry.receivedAt ? new Date(inquiry.receivedAt).toISOString() : now.toISOString(),
  };
}
