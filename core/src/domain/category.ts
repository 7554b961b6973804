import { z } from 'zod';
import { updateOf } from './update';

/** Below this confidence a message's topic is shown as "needs review" (待复核) on the desk. */
export const TOPIC_REVIEW_THRESHOLD = 0.6;

const words = z.array(z.string().trim().min(1).max(32)).max(200);

export const CategoryCreateSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,32}$/),
  name: z.string().trim().min(1).max(32),
  nameEn: z.string().trim().max(64).nullable().default(null),
  keywords: words.default([]),
  active: z.boolean().default(true),
  sortOrder: z.number().int().default(0),
});
export type CategoryCreate = z.infer<typeof CategoryCreateSchema>;
/** An update changes only what it sends (keywords absent from the body stay). */
export const CategoryUpdateSchema = updateOf(CategoryCreateSchema);
export type CategoryUpdate = z.infer<typeof CategoryUpdateSchema>;
