import { type ActionOf, AppError, canAccess, type Resource } from '@desk/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';

/** Refuse the request unless the actor's role may do `action` on `resource` (core's access table). */
export const requireAccess =
  <R extends Resource>(resource: R, action: ActionOf<R>): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!canAccess(c.var.actor.role, resource, action)) throw new AppError('FORBIDDEN');
    await next();
  };
