import { type AuditEntry, appendAudit } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { clientIp } from './client';

export { clientIp };

/** Append an audit entry with who (the actor), from where and for which request. */
export function audit(c: Context<AppEnv>, entry: Omit<AuditEntry, 'ip' | 'requestId'>): Promise<void> {
  const actor = c.get('actor');
  return appendAudit(c.var.ctx.db, {
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? null,
    ...entry,
    ip: clientIp(c),
    requestId: c.get('requestId'),
  });
}
