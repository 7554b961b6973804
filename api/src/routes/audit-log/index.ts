import { AppError, dateTime, IdParam, idValue } from '@desk/core';
import { getAuditEntry, listAudit } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';

const AuditFilter = z.object({
  entity: z.string().max(64).optional(),
  entityId: z.union([z.string().max(64), z.number()]).optional(),
  actorId: idValue().optional(),
  actorName: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  departmentId: idValue().optional(),
  from: dateTime().optional(),
  to: dateTime().optional(),
});

/**
 * `/api/audit-log`: read-only (admin and reviewer). There is deliberately no write, update or delete
 * route, and the table's trigger refuses UPDATE and DELETE anyway.
 */
export const auditLogRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('audit-log', 'list'), async (c) => {
    const { filter, offset, limit } = parseListParams(c);
    const parsed = AuditFilter.safeParse(filter);
    if (!parsed.success) throw new AppError('BAD_REQUEST', undefined, parsed.error.issues);
    const { rows, total } = await listAudit(c.var.ctx.db, parsed.data, { offset, limit });
    return sendList(c, 'audit-log', rows, offset, total);
  })
  .get('/:id', requireAccess('audit-log', 'show'), validate('param', IdParam), async (c) => {
    const row = await getAuditEntry(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  });
