import { AppError, DepartmentCreateSchema, DepartmentUpdateSchema, IdParam } from '@desk/core';
import { createDepartment, getDepartment, listDepartments, updateDepartment } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

export const departmentRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('departments', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listDepartments(c.var.ctx.db);
    return sendList(c, 'departments', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/:id', requireAccess('departments', 'show'), validate('param', IdParam), async (c) => {
    const department = await getDepartment(c.var.ctx.db, c.req.valid('param').id);
    if (!department) throw new AppError('NOT_FOUND');
    return c.json(department);
  })
  .post('/', requireAccess('departments', 'create'), validate('json', DepartmentCreateSchema), async (c) => {
    const department = await createDepartment(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    return c.json(department, 201);
  })
  .put(
    '/:id',
    requireAccess('departments', 'edit'),
    validate('param', IdParam),
    validate('json', DepartmentUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updateDepartment(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  );
