import { AppError, UserCreateSchema } from '@desk/core';
import { createUser, getUser, listUsers } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

export const userRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('users', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listUsers(c.var.ctx.db);
    return sendList(c, 'users', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/:id', requireAccess('users', 'show'), validate('param', IdParam), async (c) => {
    const user = await getUser(c.var.ctx.db, c.req.valid('param').id);
    if (!user) throw new AppError('NOT_FOUND');
    return c.json(user);
  })
  .post('/', requireAccess('users', 'create'), validate('json', UserCreateSchema), async (c) => {
    const user = await createUser(c.var.ctx.db, c.req.valid('json'));
    await audit(c, { action: 'create', entity: 'users', entityId: user.id, after: user });
    return c.json(user, 201);
  });
