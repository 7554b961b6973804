import { AppError, departmentScope, ManualAlertSchema } from '@desk/core';
import { acknowledgeAlert, deliveriesOf, getAlert, listAlerts } from '@desk/core/store';
import { publishDeskEvent, raiseAndAnnounce } from '@desk/queue';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';
import { jobsOf } from '../../queues';
import { alertChannelRoutes } from './channels';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

/**
 * `/api/alerts`: the duty desk's alerts (bursts, negativity, scheme hits, source health, overdue cases,
 * manual). Handlers see only alerts addressed to their department. Acknowledging is audited and
 * announced live.
 */
export const alertRoutes = new Hono<AppEnv>()
  .route('/channels', alertChannelRoutes)
  .get('/', requireAccess('alerts', 'list'), async (c) => {
    const { offset, limit, filter } = parseListParams(c);
    const { rows, total } = await listAlerts(
      c.var.ctx.db,
      {
        open: typeof filter.open === 'boolean' ? filter.open : undefined,
        level: typeof filter.level === 'string' ? filter.level : undefined,
        kind: typeof filter.kind === 'string' ? filter.kind : undefined,
        eventId: typeof filter.eventId === 'number' ? filter.eventId : undefined,
      },
      departmentScope(c.var.actor),
      { offset, limit },
    );
    return sendList(c, 'alerts', rows, offset, total);
  })
  .get('/:id', requireAccess('alerts', 'show'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const row = await getAlert(c.var.ctx.db, id, departmentScope(c.var.actor));
    if (!row) throw new AppError('NOT_FOUND');
    return c.json({ ...row, deliveries: await deliveriesOf(c.var.ctx.db, id) });
  })
  .post('/', requireAccess('alerts', 'create'), validate('json', ManualAlertSchema), async (c) => {
    const input = c.req.valid('json');
    const { db, redis, queue, log } = c.var.ctx;
    const row = await raiseAndAnnounce(
      { db, redis, prefix: queue.prefix, jobs: jobsOf(c.var.ctx), log },
      { ...input, kind: 'manual', detail: { by: c.var.actor.username } },
    );
    if (!row) throw new AppError('CONFLICT');
    await audit(c, { action: 'create', entity: 'alerts', entityId: row.id, after: row });
    return c.json(row, 201);
  })
  .post('/:id/acknowledge', requireAccess('alerts', 'acknowledge'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const scope = departmentScope(c.var.actor);
    const before = await getAlert(c.var.ctx.db, id, scope);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.acknowledgedAt)
      throw new AppError('INVALID_TRANSITION', { zh: '该预警已确认', en: 'Alert already acknowledged' });
    const row = await acknowledgeAlert(c.var.ctx.db, id, c.var.actor.id);
    if (!row)
      throw new AppError('INVALID_TRANSITION', { zh: '该预警已确认', en: 'Alert already acknowledged' });
    await audit(c, {
      action: 'acknowledge',
      entity: 'alerts',
      entityId: id,
      departmentId: row.departmentId,
      before,
      after: row,
    });
    await publishDeskEvent(c.var.ctx.redis, c.var.ctx.queue.prefix, {
      type: 'alert.acknowledged',
      id,
      by: c.var.actor.displayName,
      departmentIds: row.departmentId ? [row.departmentId] : [],
    });
    return c.json(row);
  });
