import { AppError, CategoryCreateSchema, CategoryUpdateSchema, IdParam } from '@desk/core';
import { createCategory, getCategory, listCategories, updateCategory } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** `/api/categories`: the topic taxonomy and its keyword rules (the first guess before training). */
export const categoryRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('categories', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listCategories(c.var.ctx.db);
    return sendList(c, 'categories', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/:id', requireAccess('categories', 'show'), validate('param', IdParam), async (c) => {
    const row = await getCategory(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('categories', 'create'), validate('json', CategoryCreateSchema), async (c) => {
    const row = await createCategory(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    return c.json(row, 201);
  })
  .put(
    '/:id',
    requireAccess('categories', 'edit'),
    validate('param', IdParam),
    validate('json', CategoryUpdateSchema),
    async (c) => {
      return c.json(
        await updateCategory(c.var.ctx.db, auditActor(c), c.req.valid('param').id, c.req.valid('json')),
      );
    },
  );
