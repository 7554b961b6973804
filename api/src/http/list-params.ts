import { AppError } from '@desk/core';
import type { Context } from 'hono';
import { z } from 'zod';

/** Largest page a client may ask for; react-admin asks for 10–100. */
export const MAX_PAGE = 500;

const jsonParam = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema.optional());

const ListQuerySchema = z.object({
  filter: jsonParam(z.record(z.string(), z.unknown())),
  range: jsonParam(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  sort: jsonParam(z.tuple([z.string().max(64), z.enum(['ASC', 'DESC', 'asc', 'desc'])])),
});

export interface ListParams {
  filter: Record<string, unknown>;
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' };
}

/** Parse react-admin simple-rest list parameters: `filter`, `range=[0,24]`, `sort=["id","ASC"]`. */
export function parseListParams(c: Context): ListParams {
  const parsed = ListQuerySchema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', { zh: '列表参数有误', en: 'Bad list parameters' }, parsed.error.issues);
  }
  const { filter = {}, range = [0, 24], sort } = parsed.data;
  const [start, end] = range;
  if (end < start) throw new AppError('BAD_REQUEST', { zh: '分页范围有误', en: 'Bad range' });
  return {
    filter,
    offset: start,
    limit: Math.min(end - start + 1, MAX_PAGE),
    sort: sort ? { field: sort[0], order: sort[1].toLowerCase() as 'asc' | 'desc' } : undefined,
  };
}

function contentRange(c: Context, resource: string, count: number, offset: number, total: number) {
  const last = count === 0 ? offset : offset + count - 1;
  c.header('Content-Range', `${resource} ${offset}-${last}/${total}`);
  c.header('Access-Control-Expose-Headers', 'Content-Range');
}

/** Send a page in simple-rest form with its `Content-Range` header. */
export function sendList<T>(c: Context, resource: string, rows: T[], offset: number, total: number) {
  contentRange(c, resource, rows.length, offset, total);
  return c.json(rows);
}

/** The same for a page the database already wrote as a JSON array of `count` rows. */
export function sendListJson(
  c: Context,
  resource: string,
  page: { json: string; count: number },
  offset: number,
  total: number,
) {
  contentRange(c, resource, page.count, offset, total);
  return c.body(page.json, 200, { 'Content-Type': 'application/json' });
}
