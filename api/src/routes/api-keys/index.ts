import { ApiKeyCreateSchema, IdParam } from '@desk/core';
import { createApiKey, listApiKeys, revokeApiKey } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** Keys for machine clients (the government portal). The secret is shown once, stored hashed, revocable. */
export const apiKeyRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('api-keys', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listApiKeys(c.var.ctx.db);
    return sendList(c, 'api-keys', all.slice(offset, offset + limit), offset, all.length);
  })
  .post('/', requireAccess('api-keys', 'create'), validate('json', ApiKeyCreateSchema), async (c) => {
    return c.json(await createApiKey(c.var.ctx.db, auditActor(c), c.req.valid('json').name), 201);
  })
  .delete('/:id', requireAccess('api-keys', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await revokeApiKey(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
