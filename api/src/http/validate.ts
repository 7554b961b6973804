import { AppError } from '@desk/core';
import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler, Next, ValidationTargets } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import type { ZodType } from 'zod';
import { readJsonBody } from './json-input';

/**
 * zod validation whose failures become our BAD_REQUEST body with the zod issues as details. A JSON body
 * is read strictly first (readJsonBody: 415 / 400, never `{}` for a body that is missing or unreadable).
 * The hono-openapi marker lets /api/openapi.json describe every validated parameter and body.
 */
export const validate = <T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) => {
  const validator = zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new AppError(
        'BAD_REQUEST',
        { zh: '请求参数校验失败', en: 'Validation failed' },
        result.error.issues,
      );
    }
  });
  const strict =
    target === 'json'
      ? ((async (c: Context, next: Next) => {
          await readJsonBody(c);
          return validator(c, next);
        }) as unknown as typeof validator)
      : validator;
  return Object.assign(strict, { [uniqueSymbol]: { target, ...resolver(schema) } });
};

/**
 * Describes a JSON body in /api/openapi.json without validating it here: for routes whose body core
 * validates after its own checks (a case action's body is read after the state machine's answer).
 */
export const documentBody = (schema: ZodType): MiddlewareHandler =>
  Object.assign((async (_c: Context, next: Next) => next()) satisfies MiddlewareHandler, {
    [uniqueSymbol]: { target: 'json', ...resolver(schema) },
  });
