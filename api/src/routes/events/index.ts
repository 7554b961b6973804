import { AppError, EventMergeSchema, EventUpdateSchema, IdParam } from '@desk/core';
import { hotnessFormula } from '@desk/core/classify';
import {
  eventTimeline,
  getEvent,
  listEvents,
  mergeEvents,
  publicEvent,
  schema,
  updateEvent,
} from '@desk/core/store';
import { indexEvents } from '@desk/search-config';
import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiContext, AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { eventRegroupRoutes } from './regroup';
import { reachableEvents, requireReachableEvent } from './scope';

const TimelineQuery = z.object({ bucket: z.enum(['hour', 'day']).default('hour') });
/** Messages shown on an event's page (the list of all members is the message search, filtered by event). */
const EVENT_PAGE_MESSAGES = 20;

/** Keep the events index in step; a Meilisearch outage must not fail the edit (the database is the record). */
const reindex = (ctx: ApiContext, ids: number[]) =>
  indexEvents(ctx.db, ctx.search, ids).catch((error) => ctx.log.warn({ err: error }, 'event index failed'));

/**
 * `/api/events`: 舆情事件 ranked by the published hotness formula, with volume over time. A handler
 * reads only the events linked to a case of their department.
 */
export const eventRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('events', 'list'), async (c) => {
    const { offset, limit, filter, sort } = parseListParams(c);
    const ids = await reachableEvents(c.var.ctx.db, c.var.actor);
    const { rows, total } = await listEvents(
      c.var.ctx.db,
      {
        status: typeof filter.status === 'string' ? filter.status : undefined,
        q: typeof filter.q === 'string' ? filter.q.slice(0, 64) : undefined,
        minMessages: typeof filter.minMessages === 'number' ? filter.minMessages : undefined,
        ...(ids ? { ids } : {}),
      },
      { offset, limit, sort },
    );
    return sendList(c, 'events', rows, offset, total);
  })
  .get('/formula', requireAccess('events', 'list'), (c) => c.json(hotnessFormula))
  .get('/:id', requireAccess('events', 'show'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    await requireReachableEvent(c, id);
    const row = await getEvent(c.var.ctx.db, id);
    if (!row) throw new AppError('NOT_FOUND');
    const m = schema.messages;
    const messages = await c.var.ctx.db
      .select({
        id: m.id,
        title: m.title,
        publishedAt: m.publishedAt,
        receivedAt: m.receivedAt,
        sentimentLabel: m.sentimentLabel,
        likes: m.likes,
        region: m.region,
      })
      .from(m)
      .where(eq(m.eventId, id))
      .orderBy(desc(m.receivedAt))
      .limit(EVENT_PAGE_MESSAGES);
    return c.json({ ...publicEvent(row), messages });
  })
  .get(
    '/:id/timeline',
    requireAccess('events', 'show'),
    validate('param', IdParam),
    validate('query', TimelineQuery),
    async (c) => {
      const { id } = c.req.valid('param');
      await requireReachableEvent(c, id);
      return c.json(await eventTimeline(c.var.ctx.db, id, c.req.valid('query').bucket));
    },
  )
  .put(
    '/:id',
    requireAccess('events', 'edit'),
    validate('param', IdParam),
    validate('json', EventUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await updateEvent(c.var.ctx.db, auditActor(c), id, c.req.valid('json'));
      await reindex(c.var.ctx, [id]);
      return c.json(row);
    },
  )
  .post(
    '/:id/merge',
    requireAccess('events', 'edit'),
    validate('param', IdParam),
    validate('json', EventMergeSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const { eventIds } = c.req.valid('json');
      const row = await mergeEvents(c.var.ctx.db, auditActor(c), id, eventIds);
      await reindex(c.var.ctx, [id, ...eventIds]);
      return c.json(row);
    },
  )
  .route('/', eventRegroupRoutes);
