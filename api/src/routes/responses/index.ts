import { AppError, IdParam, idValue } from '@desk/core';
import { getResponse, listResponses } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';

const ResponseFilter = z.object({ caseId: idValue().optional() });

/** `/api/responses`: published responses inside the desk (handlers: their departments' cases only). */
export const responseRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('responses', 'list'), async (c) => {
    const { filter, offset, limit } = parseListParams(c);
    const parsed = ResponseFilter.safeParse(filter);
    if (!parsed.success) throw new AppError('BAD_REQUEST', undefined, parsed.error.issues);
    const { rows, total } = await listResponses(c.var.ctx.db, c.var.actor, { ...parsed.data, offset, limit });
    return sendList(c, 'responses', rows, offset, total);
  })
  .get('/:id', requireAccess('responses', 'show'), validate('param', IdParam), async (c) => {
    const row = await getResponse(c.var.ctx.db, c.var.actor, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  });
