import { AppError, DeadlinePolicyCreateSchema, DeadlinePolicyUpdateSchema, IdParam } from '@desk/core';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/**
 * `/api/deadline-policies`: the clocks per case type, severity and jurisdiction (admin edits). A change
 * applies to cases created afterwards: deadlines already promised keep the policy they started with.
 */
export const deadlinePolicyRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('deadline-policies', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listPolicies(c.var.ctx.db);
    return sendList(c, 'deadline-policies', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/:id', requireAccess('deadline-policies', 'show'), validate('param', IdParam), async (c) => {
    const row = await getPolicy(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post(
    '/',
    requireAccess('deadline-policies', 'create'),
    validate('json', DeadlinePolicyCreateSchema),
    async (c) => {
      const row = await createPolicy(c.var.ctx.db, auditActor(c), c.req.valid('json'));
      return c.json(row, 201);
    },
  )
  .put(
    '/:id',
    requireAccess('deadline-policies', 'edit'),
    validate('param', IdParam),
    validate('json', DeadlinePolicyUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updatePolicy(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  )
  .delete('/:id', requireAccess('deadline-policies', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deletePolicy(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
