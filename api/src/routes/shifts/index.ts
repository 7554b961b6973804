import { AppError, IdParam, parseDateTime, ShiftCreateSchema, ShiftUpdateSchema } from '@desk/core';
import { createShift, deleteShift, getShift, listShifts, onDutyAt, updateShift } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** A list filter's date: ignored unless it is a date-time inside the supported window. */
const isoOrUndefined = (v: unknown) => (typeof v === 'string' ? parseDateTime(v) : undefined);

/** `/api/shifts`: the duty rota (舆情值班) and who is on watch now. */
export const shiftRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('shifts', 'list'), async (c) => {
    const { offset, limit, filter } = parseListParams(c);
    const all = await listShifts(c.var.ctx.db, isoOrUndefined(filter.from), isoOrUndefined(filter.to));
    return sendList(c, 'shifts', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/current', requireAccess('shifts', 'list'), async (c) =>
    c.json(await onDutyAt(c.var.ctx.db, new Date())),
  )
  .get('/:id', requireAccess('shifts', 'show'), validate('param', IdParam), async (c) => {
    const row = await getShift(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('shifts', 'create'), validate('json', ShiftCreateSchema), async (c) => {
    const row = await createShift(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    return c.json(row, 201);
  })
  .put(
    '/:id',
    requireAccess('shifts', 'edit'),
    validate('param', IdParam),
    validate('json', ShiftUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const stored = await getShift(c.var.ctx.db, id);
      if (!stored) throw new AppError('NOT_FOUND');
      if ((input.endsAt ?? stored.endsAt) <= (input.startsAt ?? stored.startsAt))
        throw new AppError('BAD_REQUEST', { zh: '班次结束须晚于开始', en: 'A shift ends after it starts' }, [
          { path: ['endsAt'], message: 'a shift ends after it starts' },
        ]);
      return c.json(await updateShift(c.var.ctx.db, auditActor(c), id, input));
    },
  )
  .delete('/:id', requireAccess('shifts', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteShift(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
