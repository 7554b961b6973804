import {
  AppError,
  CaseStatusSchema,
  CaseTypeSchema,
  IdParam,
  TemplateCreateSchema,
  TemplateUpdateSchema,
} from '@desk/core';
import {
  createTemplate,
  deleteTemplate,
  getCaseRow,
  getTemplate,
  listTemplates,
  renderForCase,
  updateTemplate,
} from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

const TemplateFilter = z.object({ caseType: CaseTypeSchema.optional(), status: CaseStatusSchema.optional() });
const RenderBody = z.object({ caseId: z.number().int().positive() });

/** `/api/templates`: reply templates with placeholders; `POST /:id/render {caseId}` fills one in. */
export const templateRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('templates', 'list'), async (c) => {
    const { filter, offset, limit } = parseListParams(c);
    const parsed = TemplateFilter.safeParse(filter);
    if (!parsed.success) throw new AppError('BAD_REQUEST', undefined, parsed.error.issues);
    const { rows, total } = await listTemplates(c.var.ctx.db, { ...parsed.data, offset, limit });
    return sendList(c, 'templates', rows, offset, total);
  })
  .get('/:id', requireAccess('templates', 'show'), validate('param', IdParam), async (c) => {
    const row = await getTemplate(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post('/', requireAccess('templates', 'create'), validate('json', TemplateCreateSchema), async (c) => {
    const row = await createTemplate(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    return c.json(row, 201);
  })
  .put(
    '/:id',
    requireAccess('templates', 'edit'),
    validate('param', IdParam),
    validate('json', TemplateUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updateTemplate(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  )
  .delete('/:id', requireAccess('templates', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteTemplate(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  })
  .post(
    '/:id/render',
    requireAccess('templates', 'show'),
    validate('param', IdParam),
    validate('json', RenderBody),
    async (c) => {
      const template = await getTemplate(c.var.ctx.db, c.req.valid('param').id);
      const found = await getCaseRow(c.var.ctx.db, c.var.actor, c.req.valid('json').caseId);
      if (!template || !found) throw new AppError('NOT_FOUND');
      return c.json({
        templateId: template.id,
        caseId: found.row.id,
        body: await renderForCase(c.var.ctx.db, template, found.row),
      });
    },
  );
