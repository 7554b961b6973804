import { canAccess, type DeskEvent, departmentScope } from '@desk/core';
import { maskDeep } from '@desk/core/pii';
import { createDeskEventHub, type DeskEventHub } from '@desk/queue';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ApiContext, AppEnv } from '../../context';
import { requireAccess } from '../../middleware/access';

/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

const hubs = new WeakMap<ApiContext, DeskEventHub>();
function hubFor(ctx: ApiContext): DeskEventHub {
  const existing = hubs.get(ctx);
  if (existing) return existing;
  const hub = createDeskEventHub(ctx.redis, ctx.queue.prefix);
  hubs.set(ctx, hub);
  return hub;
}

/**
 * Who may see a live event: a handler only events addressed to their department (never desk-wide
 * alerts or events); other roles see everything they could list.
 */
export function visibleTo(actor: AppEnv['Variables']['actor'], event: DeskEvent): boolean {
  const scope = departmentScope(actor);
  if (event.type === 'event.updated' && !canAccess(actor.role, 'events', 'list')) return false;
  if (event.type.startsWith('alert.') && !canAccess(actor.role, 'alerts', 'list')) return false;
  return scope === null || event.departmentIds.includes(scope);
}

/**
 * `GET /api/stream`: server-sent events for the desk (message.new, alert.new, alert.acknowledged,
 * event.updated), fed by the Redis channel every replica publishes to, filtered per user.
 */
export const streamRoutes = new Hono<AppEnv>().get('/', requireAccess('stream', 'read'), (c) => {
  const actor = c.var.actor;
  const hub = hubFor(c.var.ctx);
  return streamSSE(c, async (stream) => {
    const queue: DeskEvent[] = [];
    let wake: (() => void) | null = null;
    const stop = hub.listen((event) => {
      if (!visibleTo(actor, event)) return;
      queue.push(event);
      wake?.();
    });
    let open = true;
    stream.onAbort(() => {
      open = false;
      stop();
      wake?.();
    });
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ type: 'ready' }) });
    while (open) {
      const event = queue.shift();
      if (event) {
        // Titles come from citizens' text or staff input: masked once more as they leave.
        await stream.writeSSE({ event: event.type, data: JSON.stringify(maskDeep(event)) });
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HEARTBEAT_MS);
        wake = () => {
          clearTimeout(timer);
          wake = null;
          resolve();
        };
      });
      if (open && queue.length === 0) await stream.write(': keep-alive\n\n');
    }
    stop();
  });
});
