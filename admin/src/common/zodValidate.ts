import type { ZodType } from 'zod';

/** Empty inputs arrive as '' or null; the API's schemas mean "absent" for those. */
export function dropEmpty(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  );
}

/**
 * Validate a react-admin form with the same zod schema the API uses (from @desk/core), so the form
 * refuses exactly what the server would, field by field.
 */
export const zodValidate =
  (schema: ZodType) =>
  (values: Record<string, unknown>): Record<string, string> => {
    const result = schema.safeParse(dropEmpty(values));
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.') || '_';
      errors[key] ??= issue.message;
    }
    return errors;
  };
