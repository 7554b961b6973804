import { AppError, IdParam, RiskRuleCreateSchema, RiskRuleUpdateSchema } from '@desk/core';
import { createRiskRule, deleteRiskRule, getRiskRule, listRiskRules, updateRiskRule } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

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
    return c.json(await createRiskRule(c.var.ctx.db, auditActor(c), c.req.valid('json')), 201);
  })
  .put(
    '/:id',
    requireAccess('risk-rules', 'edit'),
    validate('param', IdParam),
    validate('json', RiskRuleUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updateRiskRule(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  )
  .delete('/:id', requireAccess('risk-rules', 'delete'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    await deleteRiskRule(c.var.ctx.db, auditActor(c), id);
    return c.json({ id });
  });
