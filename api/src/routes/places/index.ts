import { AppError, IdParam, PlaceCreateSchema, PlaceFilterSchema, PlaceUpdateSchema } from '@desk/core';
import {
  createPlace,
  deletePlace,
  getPlace,
  listPlaces,
  type PlaceActor,
  refreshGazetteer,
  updatePlace,
} from '@desk/core/store';
import { followGazetteer } from '@desk/search-config';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { clientIp } from '../../middleware/client';

const actorOf = (c: Context<AppEnv>): PlaceActor => ({
  userId: c.var.actor.id,
  username: c.var.actor.username,
  requestId: c.get('requestId'),
  ip: clientIp(c),
});

/**
 * After an edit this process tags with the new gazetteer at once (other workers within seconds) and the
 * search dictionary follows; Meilisearch re-tokenises in the background, so the answer does not wait.
 */
function followEdit(c: Context<AppEnv>) {
  const { db, search, log } = c.var.ctx;
  return refreshGazetteer(db, { force: true }).then(() => {
    followGazetteer(search.client, search.config, db).catch((error) =>
      log.warn({ err: error }, 'search dictionary not updated after a gazetteer edit'),
    );
  });
}

/** `/api/places`: the gazetteer (地名库) of districts, streets and towns, communities, roads, compounds, landmarks. */
export const placeRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('places', 'list'), async (c) => {
    const { filter, offset, limit, sort } = parseListParams(c);
    const parsed = PlaceFilterSchema.safeParse(filter);
    if (!parsed.success) throw new AppError('BAD_REQUEST', undefined, parsed.error.issues);
    const { rows, total } = await listPlaces(c.var.ctx.db, parsed.data, { offset, limit, sort });
    return sendList(c, 'places', rows, offset, total);
  })
  .get('/:id', requireAccess('places', 'show'), validate('param', IdParam), async (c) => {
    const row = await getPlace(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('places', 'create'), validate('json', PlaceCreateSchema), async (c) => {
    const row = await createPlace(c.var.ctx.db, actorOf(c), c.req.valid('json'));
    await followEdit(c);
    return c.json(row, 201);
  })
  .put(
    '/:id',
    requireAccess('places', 'edit'),
    validate('param', IdParam),
    validate('json', PlaceUpdateSchema),
    async (c) => {
      const row = await updatePlace(c.var.ctx.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      await followEdit(c);
      return c.json(row);
    },
  )
  .delete('/:id', requireAccess('places', 'delete'), validate('param', IdParam), async (c) => {
    const row = await deletePlace(c.var.ctx.db, actorOf(c), c.req.valid('param').id);
    await followEdit(c);
    return c.json(row);
  });
