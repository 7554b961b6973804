import { type Actor, AppError } from '@desk/core';
import { caseScope, type Db, schema } from '@desk/core/store';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';

/**
 * The events an actor reaches: every event, or for a handler only the events linked to a case of their
 * department (the case's messages are what the department works on). One definition for the event routes
 * and the message routes that show an event's messages.
 */
export async function reachableEvents(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>) {
  const scope = caseScope(actor);
  if (!scope) return null;
  const rows = await db
    .selectDistinct({ id: schema.cases.eventId })
    .from(schema.cases)
    .where(and(isNotNull(schema.cases.eventId), scope));
  return rows.flatMap((r) => (r.id === null ? [] : [r.id]));
}

/** Whether the actor reaches this event (see reachableEvents). */
export async function reachesEvent(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, eventId: number) {
  const scope = caseScope(actor);
  if (!scope) return true;
  const [row] = await db
    .select({ id: schema.cases.id })
    .from(schema.cases)
    .where(and(eq(schema.cases.eventId, eventId), scope))
    .limit(1);
  return Boolean(row);
}

/** 404 for an event the caller does not reach (the same answer as for an event that does not exist). */
export async function requireReachableEvent(c: Context<AppEnv>, eventId: number) {
  if (!(await reachesEvent(c.var.ctx.db, c.var.actor, eventId))) throw new AppError('NOT_FOUND');
}
