import { AppError, RiskRuleCreateSchema, RiskRuleUpdateSchema } from '@desk/core';
import { createRiskRule, deleteRiskRule, getRiskRule, listRiskRules, updateRiskRule } from '@desk/core/store';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { clientIp } from '../../middleware/audit';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

/** Who changes a rule, for the audit row the repository writes in the same transaction. */
const actorOf = (c: Context<AppEnv>) => ({
  actorId: c.var.actor.id,
  actorName: c.var.actor.username,
  ip: clientIp(c),
  requestId: c.get('requestId'),
});

/** `/api/risk-rules`: the 研判 rules (words and a level) that mark urgent messages and alert at once. */
export const riskRuleRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('risk-rules', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const rows = await listRiskRules(c.var.ctx.db);
    return sendList(c, 'risk-rules', rows.slice(offset, offset + limit), offset, rows.length);
  })
  .get('/:id', requireAccess('risk-rules', 'show'), validate('param', IdParam), async (c) => {
    const row = await getRiskRule(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('risk-rules', 'create'), validate('json', RiskRuleCreateSchema), async (c) => {
    return c.json(await createRiskRule(c.var.ctx.db, c.req.valid('json'), actorOf(c)), 201);
  })
  .put(
    '/:id',
    requireAccess('risk-rules', 'edit'),
    validate('param', IdParam),
    validate('json', RiskRuleUpdateSchema),
    async (c) => {
      const row = await updateRiskRule(
        c.var.ctx.db,
        c.req.valid('param').id,
        c.req.valid('json'),
        actorOf(c),
      );
      if (!row) throw new AppError('NOT_FOUND');
      return c.json(row);
    },
  )
  .delete('/:id', requireAccess('risk-rules', 'delete'), validate('param', IdParam), async (c) => {
    if (!(await deleteRiskRule(c.var.ctx.db, c.req.valid('param').id, actorOf(c))))
      throw new AppError('NOT_FOUND');
    return c.json({ id: c.req.valid('param').id });
  });
