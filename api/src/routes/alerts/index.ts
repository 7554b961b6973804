import { AppError, departmentScope, IdParam, ManualAlertSchema } from '@desk/core';
import { acknowledgeAlert, deliveriesOf, getAlert, listAlerts, raiseManualAlert } from '@desk/core/store';
import { announceAlert, publishDeskEvent } from '@desk/queue';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { userActor } from '../../middleware/audit';
import { jobsOf } from '../../queues';

/**
 * `/api/alerts`: the duty desk's alerts (bursts, negativity, scheme hits, source health, overdue cases,
 * manual). Handlers see only alerts addressed to their department. Acknowledging is audited and
 * announced live.
 */
export const alertRoutes = new Hono<AppEnv>()
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
    const { redis, queue, log } = c.var.ctx;
    const row = await raiseManualAlert(c.var.ctx.db, userActor(c), c.req.valid('json'));
    // The alert stands once committed; a Redis outage delays its announcement, never fails the request.
    await announceAlert({ redis, prefix: queue.prefix, jobs: jobsOf(c.var.ctx) }, row).catch((error) =>
      log.warn({ err: error, alertId: row.id }, 'alert stored but not announced'),
    );
    return c.json(row, 201);
  })
  .post('/:id/acknowledge', requireAccess('alerts', 'acknowledge'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const row = await acknowledgeAlert(c.var.ctx.db, userActor(c), id);
    await publishDeskEvent(c.var.ctx.redis, c.var.ctx.queue.prefix, {
      type: 'alert.acknowledged',
      id,
      by: c.var.actor.displayName,
      departmentIds: row.departmentId ? [row.departmentId] : [],
    }).catch((error) => c.var.ctx.log.warn({ err: error }, 'acknowledgement not announced'));
    return c.json(row);
  });
