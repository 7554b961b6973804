import { EventAttachMessagesSchema, EventCreateSchema, IdParam } from '@desk/core';
import { attachMessagesToEvent, createEventFromMessages, type EventRegrouping } from '@desk/core/store';
import { publishDeskEvent } from '@desk/queue';
import { indexEvents } from '@desk/search-config';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** The event as the API shows it, with what moved (the term vector stays internal). */
const view = ({ event: { centroid: _, ...event }, movedMessageIds, previousEventIds }: EventRegrouping) => ({
  ...event,
  movedMessageIds,
  previousEventIds,
});

/**
 * After a regrouping: the events index and the live board follow (a Meilisearch or Redis outage must
 * not fail the change, the database is the record; the moved messages are in the search outbox already).
 */
async function afterRegrouping(c: Context<AppEnv>, result: EventRegrouping) {
  const { ctx } = c.var;
  const touched = [result.event.id, ...result.previousEventIds];
  await indexEvents(ctx.db, ctx.search, touched).catch((error) =>
    ctx.log.warn({ err: error }, 'event index failed'),
  );
  await publishDeskEvent(
    ctx.redis,
    ctx.queue.prefix,
    result.updated.map((e) => ({ type: 'event.updated' as const, ...e })),
  ).catch((error) => ctx.log.warn({ err: error }, 'event publish failed'));
}

/**
 * Triage on the message list: `POST /api/events` opens an event from messages, `POST /api/events/:id/messages`
 * merges messages into an existing one. Both take messages out of their previous events.
 */
export const eventRegroupRoutes = new Hono<AppEnv>()
  .post('/', requireAccess('events', 'create'), validate('json', EventCreateSchema), async (c) => {
    const result = await createEventFromMessages(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    await afterRegrouping(c, result);
    return c.json(view(result), 201);
  })
  .post(
    '/:id/messages',
    requireAccess('events', 'edit'),
    validate('param', IdParam),
    validate('json', EventAttachMessagesSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const result = await attachMessagesToEvent(
        c.var.ctx.db,
        auditActor(c),
        id,
        c.req.valid('json').messageIds,
      );
      await afterRegrouping(c, result);
      return c.json(view(result));
    },
  );
