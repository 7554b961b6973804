import { AppError } from '@desk/core';
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import type { ZodType } from 'zod';

/**
 * zod validation whose failures become our BAD_REQUEST body with the zod issues as details. The
 * hono-openapi marker lets /api/openapi.json describe every validated parameter and body.
 */
export const validate = <T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  Object.assign(
    zValidator(target, schema, (result) => {
      if (!result.success) {
        throw new AppError(
          'BAD_REQUEST',
          { zh: '请求参数校验失败', en: 'Validation failed' },
          result.error.issues,
        );
      }
    }),
    { [uniqueSymbol]: { target, ...resolver(schema) } },
  );
