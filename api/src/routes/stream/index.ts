import { canAccess, type DeskEvent, departmentScope } from '@desk/core';
import { maskDeep } from '@desk/core/pii';
import { createDeskEventHub, type DeskEventHub, isStreamId, type StreamedEvent } from '@desk/queue';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ApiContext, AppEnv } from '../../context';
import { requireAccess } from '../../middleware/access';

/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** How soon a browser reconnects after the stream broke (it then sends Last-Event-ID). */
const RETRY_MS = 2_000;

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

/** A client's reconnect header, if it is a stream id this desk could have sent. */
const lastEventId = (header: string | undefined) => (isStreamId(header) ? header : undefined);

/**
 * `GET /api/stream`: server-sent events for the desk (message.new, alert.new, alert.acknowledged,
 * event.updated) from the Redis stream every process publishes to, filtered per user. Each event's
 * `id:` is its stream id: a client that reconnects, to this or any other API process, sends it back
 * as `Last-Event-ID` and first gets what it missed.
 */
export const streamRoutes = new Hono<AppEnv>().get('/', requireAccess('stream', 'read'), async (c) => {
  const actor = c.var.actor;
  const hub = hubFor(c.var.ctx);
  // Fixed before the response starts: nothing published after this request arrived can be missed.
  const after = lastEventId(c.req.header('Last-Event-ID')) ?? (await hub.latestId());
  return streamSSE(c, async (stream) => {
    const queue: StreamedEvent[] = [];
    let wake: (() => void) | null = null;
    let open = true;
    stream.onAbort(() => {
      open = false;
      wake?.();
    });
    const stop = await hub.subscribe(after, (streamed) => {
      if (!visibleTo(actor, streamed.event)) return;
      queue.push(streamed);
      wake?.();
    });
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ type: 'ready' }), retry: RETRY_MS });
    while (open) {
      const next = queue.shift();
      if (next) {
        // Titles come from citizens' text or staff input: masked once more as they leave.
        const data = JSON.stringify(maskDeep(next.event));
        await stream.writeSSE({ id: next.id, event: next.event.type, data });
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
