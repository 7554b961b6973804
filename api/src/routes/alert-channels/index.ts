import { AlertChannelCreateSchema, AlertChannelUpdateSchema, IdParam } from '@desk/core';
import {
  createAlertChannel,
  deleteAlertChannel,
  listAlertChannels,
  updateAlertChannel,
} from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** `/api/alert-channels`: WeCom / DingTalk robots and e-mail recipients of alerts, with quiet hours. */
export const alertChannelRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('alert-channels', 'list'), async (c) => {
    const rows = await listAlertChannels(c.var.ctx.db);
    return sendList(c, 'alert-channels', rows, 0, rows.length);
  })
  .post(
    '/',
    requireAccess('alert-channels', 'create'),
    validate('json', AlertChannelCreateSchema),
    async (c) => {
      const row = await createAlertChannel(c.var.ctx.db, auditActor(c), c.req.valid('json'));
      return c.json(row, 201);
    },
  )
  .put(
    '/:id',
    requireAccess('alert-channels', 'edit'),
    validate('param', IdParam),
    validate('json', AlertChannelUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updateAlertChannel(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  )
  .delete('/:id', requireAccess('alert-channels', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteAlertChannel(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
