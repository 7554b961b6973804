import { ApiKeyCreateSchema, AppError } from '@desk/core';
import { createApiKey, listApiKeys, revokeApiKey } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

/** Keys for machine clients (the government portal). The secret is shown once, stored hashed, revocable. */
export const apiKeyRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('api-keys', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listApiKeys(c.var.ctx.db);
    return sendList(c, 'api-keys', all.slice(offset, offset + limit), offset, all.length);
  })
  .post('/', requireAccess('api-keys', 'create'), validate('json', ApiKeyCreateSchema), async (c) => {
    const created = await createApiKey(c.var.ctx.db, c.req.valid('json').name, c.var.actor.id);
    const { key: _secret, ...recorded } = created;
    await audit(c, { action: 'create', entity: 'api-keys', entityId: created.id, after: recorded });
    return c.json(created, 201);
  })
  .delete('/:id', requireAccess('api-keys', 'delete'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await revokeApiKey(c.var.ctx.db, id);
    if (!revoked) throw new AppError('NOT_FOUND', { zh: '密钥不存在或已吊销', en: 'No such active key' });
    await audit(c, { action: 'revoke', entity: 'api-keys', entityId: id, after: revoked });
    return c.json(revoked);
  });
