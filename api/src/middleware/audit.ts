import type { AuditActor, UserActor } from '@desk/core';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { clientIp } from './client';

export { clientIp };

/**
 * The author of a change as core records it: the signed-in user (if any), the request id and the client
 * address. Built here only, so every audit row names its origin the same way.
 */
export function auditActor(c: Context<AppEnv>): AuditActor {
  const actor = c.get('actor');
  return {
    userId: actor?.id ?? null,
    username: actor?.username ?? null,
    requestId: c.get('requestId') ?? null,
    ip: clientIp(c),
  };
}

/** The signed-in user with the origin of the request: what core's scoped mutations take. */
export const userActor = (c: Context<AppEnv>): UserActor => ({
  ...auditActor(c),
  ...c.var.actor,
  userId: c.var.actor.id,
});
