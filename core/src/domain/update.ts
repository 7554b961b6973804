import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type UpdateShape<Shape extends z.ZodRawShape> = {
  [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>>;
};

/**
 * The update schema of a resource from its create schema: every field optional and without its default,
 * so a field absent from an update body stays as stored (zod's `.partial()` keeps defaults and would reset
 * it). Unknown keys are dropped, since react-admin sends whole records with read-only fields.
 */
export function updateOf<Shape extends z.ZodRawShape>(
  create: z.ZodObject<Shape>,
): z.ZodObject<UpdateShape<Shape>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(create.shape)) {
    const inner = field instanceof z.ZodDefault ? field.unwrap() : field;
    shape[key] = (inner as z.ZodType).optional();
  }
  return z.object(shape) as unknown as z.ZodObject<UpdateShape<Shape>>;
}
