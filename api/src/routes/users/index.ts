import { AppError, IdParam, UserCreateSchema, UserUpdateSchema } from '@desk/core';
import { createUser, getUser, listUsers, updateUser } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { forgetUserSessions } from '../../middleware/session-cache';

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
    const user = await createUser(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    return c.json(user, 201);
  })
  .put(
    '/:id',
    requireAccess('users', 'edit'),
    validate('param', IdParam),
    validate('json', UserUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const user = await updateUser(c.var.ctx.db, auditActor(c), id, c.req.valid('json'));
      // updateUser ends the sessions when rights changed; this process forgets them at once too.
      forgetUserSessions(c.var.ctx.db, id);
      return c.json(user);
    },
  );
