import { AppError, HandoverCreateSchema, IdParam } from '@desk/core';
import { acknowledgeHandover, createHandover, getHandover, listHandovers } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { userActor } from '../../middleware/audit';

/** `/api/handovers`: the shift handover log (交接班), acknowledged by the incoming officer. */
export const handoverRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('handovers', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listHandovers(c.var.ctx.db);
    return sendList(c, 'handovers', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/:id', requireAccess('handovers', 'show'), validate('param', IdParam), async (c) => {
    const row = await getHandover(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('handovers', 'create'), validate('json', HandoverCreateSchema), async (c) => {
    const row = await createHandover(c.var.ctx.db, userActor(c), c.req.valid('json'));
    return c.json(row, 201);
  })
  .post('/:id/acknowledge', requireAccess('handovers', 'edit'), validate('param', IdParam), async (c) => {
    return c.json(await acknowledgeHandover(c.var.ctx.db, userActor(c), c.req.valid('param').id));
  });
