import { AppError, DraftCreateSchema, IdParam, idValue } from '@desk/core';
import { createDraft, getDraft, listDrafts } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { userActor } from '../../middleware/audit';

const DraftFilter = z.object({ caseId: idValue().optional() });

/** `/api/drafts`: reply drafts with versions (filter `{caseId}`); saving always adds a version. */
export const draftRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('drafts', 'list'), async (c) => {
    const { filter, offset, limit } = parseListParams(c);
    const parsed = DraftFilter.safeParse(filter);
    if (!parsed.success) throw new AppError('BAD_REQUEST', undefined, parsed.error.issues);
    const { rows, total } = await listDrafts(c.var.ctx.db, c.var.actor, { ...parsed.data, offset, limit });
    return sendList(c, 'drafts', rows, offset, total);
  })
  .get('/:id', requireAccess('drafts', 'show'), validate('param', IdParam), async (c) => {
    const draft = await getDraft(c.var.ctx.db, c.var.actor, c.req.valid('param').id);
    if (!draft) throw new AppError('NOT_FOUND');
    return c.json(draft);
  })
  .post('/', requireAccess('drafts', 'create'), validate('json', DraftCreateSchema), async (c) => {
    const { draft } = await createDraft(c.var.ctx.db, userActor(c), c.req.valid('json'));
    return c.json(draft, 201);
  });
