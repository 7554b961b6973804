import { AppError, UserCreateSchema, UserUpdateSchema } from '@desk/core';
import { createUser, getUser, listUsers, updateUser } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';
import { forgetUserSessions } from '../../middleware/session-cache';

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
  })
  .put(
    '/:id',
    requireAccess('users', 'edit'),
    validate('param', IdParam),
    validate('json', UserUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      if (id === c.var.actor.id && (!input.active || input.role !== 'admin')) {
        throw new AppError('CONFLICT', {
          zh: '不能停用自己或取消自己的管理员角色',
          en: 'You cannot demote or deactivate yourself',
        });
      }
      const before = await getUser(c.var.ctx.db, id);
      const user = await updateUser(c.var.ctx.db, id, input);
      if (!user) throw new AppError('NOT_FOUND');
      // updateUser ends the sessions when rights changed; this process forgets them at once too.
      forgetUserSessions(c.var.ctx.db, id);
      const { password: _, ...changes } = input;
      await audit(c, {
        action: 'update',
        entity: 'users',
        entityId: id,
        before,
        after: { ...user, passwordChanged: Boolean(input.password), changes },
      });
      return c.json(user);
    },
  );
