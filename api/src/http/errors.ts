import { AppError, type ErrorBody, isAppError } from '@desk/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { AppEnv } from '../context';

/** The one error handler: every error leaves as `{ code, message, requestId, details? }`. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId') ?? '';
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL') {
    c.get('ctx')?.log.error({ err: error, requestId, path: c.req.path }, 'unhandled error');
  }
  const body: ErrorBody = { code: appError.code, message: appError.message, requestId };
  if (appError.details !== undefined) body.details = appError.details;
  return c.json(body, appError.status as ContentfulStatusCode);
}

function toAppError(error: Error): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) return new AppError('BAD_REQUEST', undefined, error.issues);
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (error.status === 401) return new AppError('UNAUTHORIZED');
    if (error.status === 403) return new AppError('CSRF');
    if (error.status < 500) return new AppError('BAD_REQUEST', error.message || undefined);
  }
  const pgCode = postgresErrorCode(error);
  if (pgCode === '23505') return new AppError('CONFLICT');
  if (pgCode === '23503')
    return new AppError('BAD_REQUEST', { zh: '引用的记录不存在', en: 'Referenced record does not exist' });
  // The last net under the input schemas: a value the database cannot store or compare (an id past 32
  // bits, a year it cannot hold, text it cannot encode) is the client's mistake, and its transaction
  // was rolled back, so nothing changed.
  if (pgCode && VALUE_ERRORS.has(pgCode))
    return new AppError('BAD_REQUEST', {
      zh: '请求中的值超出可存储的范围',
      en: 'A value in the request is out of the range the desk can store',
    });
  return new AppError('INTERNAL');
}

/** SQLSTATEs of values out of range or not representable (class 22, data exception). */
const VALUE_ERRORS = new Set(['22003', '22008', '22007', '22P02', '22021', '22P05', '22001', '2200D']);

/** The SQLSTATE of a database error, also when drizzle wraps it. */
function postgresErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}
