import {
  AppError,
  IdParam,
  id,
  RoutingRuleCreateSchema,
  RoutingRuleUpdateSchema,
  routingRuleMatchesSomething,
  routingRuleNeedsMatch,
  text,
} from '@desk/core';
import {
  createRoutingRule,
  deleteRoutingRule,
  getRoutingRule,
  listRoutingRules,
  proposalForCase,
  proposeDepartment,
  updateRoutingRule,
} from '@desk/core/store';
import { similarCaseFinder } from '@desk/search-config';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/**
 * Either what a case is about (its message, its event, or the title and body being typed: the case
 * form asks before the case exists), or the routing facts themselves (topic, keywords, region …).
 */
const ProposeSchema = z.object({
  messageId: id().nullish(),
  eventId: id().nullish(),
  title: text(200).optional(),
  body: text(20_000).optional(),
  topic: z.string().max(32).nullish(),
  keywords: z.array(z.string().max(32)).max(50).optional(),
  text: z.string().max(20_000).optional(),
  region: z.string().max(32).nullish(),
  schemeIds: z.array(z.number().int().positive()).max(100).optional(),
});

/** `/api/routing-rules`: category / scheme / keywords / region → department, and a try-it endpoint. */
export const routingRuleRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('routing-rules', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listRoutingRules(c.var.ctx.db);
    return sendList(c, 'routing-rules', all.slice(offset, offset + limit), offset, all.length);
  })
  .post('/propose', requireAccess('routing-rules', 'list'), validate('json', ProposeSchema), async (c) => {
    const { db, search, log } = c.var.ctx;
    const { messageId, eventId, title, body, ...facts } = c.req.valid('json');
    const routing = { similarCases: similarCaseFinder(search, log) };
    const proposal =
      messageId || eventId || title || body
        ? await proposalForCase(db, { title: title ?? '', body: body ?? '', messageId, eventId }, routing)
        : await proposeDepartment(db, facts, routing);
    return c.json(proposal ?? null);
  })
  .get('/:id', requireAccess('routing-rules', 'show'), validate('param', IdParam), async (c) => {
    const row = await getRoutingRule(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post(
    '/',
    requireAccess('routing-rules', 'create'),
    validate('json', RoutingRuleCreateSchema),
    async (c) => {
      const row = await createRoutingRule(c.var.ctx.db, auditActor(c), c.req.valid('json'));
      return c.json(row, 201);
    },
  )
  .put(
    '/:id',
    requireAccess('routing-rules', 'edit'),
    validate('param', IdParam),
    validate('json', RoutingRuleUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const stored = await getRoutingRule(c.var.ctx.db, id);
      if (!stored) throw new AppError('NOT_FOUND');
      if (!routingRuleMatchesSomething({ ...stored, ...input }))
        throw new AppError(
          'BAD_REQUEST',
          { zh: '规则须指定分类、方案、关键词或地区', en: routingRuleNeedsMatch.message },
          [routingRuleNeedsMatch],
        );
      return c.json(await updateRoutingRule(c.var.ctx.db, auditActor(c), id, input));
    },
  )
  .delete('/:id', requireAccess('routing-rules', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteRoutingRule(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
