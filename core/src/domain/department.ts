import { z } from 'zod';

export const DepartmentSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  active: z.boolean(),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const DepartmentCreateSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,32}$/, 'lower-case letters, digits and - (2–32)'),
  name: z.string().trim().min(1).max(64),
  nameEn: z.string().trim().max(128).nullable().default(null),
  active: z.boolean().default(true),
});
export type DepartmentCreate = z.infer<typeof DepartmentCreateSchema>;

export const DepartmentUpdateSchema = z.object({
  name: z.string().trim().min(1).max(64),
  nameEn: z.string().trim().max(128).nullable(),
  active: z.boolean(),
});
export type DepartmentUpdate = z.infer<typeof DepartmentUpdateSchema>;
