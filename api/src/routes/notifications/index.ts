import { IdParam } from '@desk/core';
import { listNotifications, markNotificationsRead } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';

/** `/api/notifications`: the signed-in user's own notifications (due soon, overdue, assigned, review …). */
export const notificationRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('notifications', 'list'), async (c) => {
    const { filter, offset, limit } = parseListParams(c);
    const { rows, total } = await listNotifications(c.var.ctx.db, c.var.actor.id, {
      unread: filter.unread === true,
      offset,
      limit,
    });
    return sendList(c, 'notifications', rows, offset, total);
  })
  .post('/read-all', requireAccess('notifications', 'edit'), async (c) =>
    c.json({ updated: await markNotificationsRead(c.var.ctx.db, c.var.actor.id) }),
  )
  .post('/:id/read', requireAccess('notifications', 'edit'), validate('param', IdParam), async (c) =>
    c.json({ updated: await markNotificationsRead(c.var.ctx.db, c.var.actor.id, c.req.valid('param').id) }),
  );
