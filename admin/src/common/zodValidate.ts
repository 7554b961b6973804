import type { ZodType } from 'zod';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Empty inputs arrive as '' or null; the API's schemas mean "absent" for those. Nested groups
 * (`html.detail.body`) are cleaned too, and a group left with nothing is dropped.
 */
export function dropEmpty(values: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '' || value === null || value === undefined) continue;
    if (isPlainObject(value)) {
      const inner = dropEmpty(value);
      if (Object.keys(inner).length) kept[key] = inner;
    } else kept[key] = value;
  }
  return kept;
}

/** Errors shaped like the form values, as react-admin expects for nested sources (`html.item`). */
function setError(errors: Record<string, unknown>, path: string[], message: string) {
  let node = errors;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1) ?? '_';
  node[last] ??= message;
}

/**
 * Validate a react-admin form with the same zod schema the API uses (from @desk/core), so the form
 * refuses exactly what the server would, field by field.
 */
export const zodValidate =
  (schema: ZodType) =>
  (values: Record<string, unknown>): Record<string, unknown> => {
    const result = schema.safeParse(dropEmpty(values));
    if (result.success) return {};
    const errors: Record<string, unknown> = {};
    for (const issue of result.error.issues) setError(errors, issue.path.map(String), issue.message);
    return errors;
  };
