import { z } from 'zod';

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
export const CategoryUpdateSchema = CategoryCreateSchema.partial();
export type CategoryUpdate = z.infer<typeof CategoryUpdateSchema>;
