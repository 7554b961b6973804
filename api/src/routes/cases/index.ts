import { AppError, CaseCreateSchema, CaseUpdateSchema, caseActionDefinitions, caseActions } from '@desk/core';
import { getCase } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { documentBody, validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { caseActionRoute } from './actions';
import { caseActor } from './case-actor';
import { createCaseRoute } from './create';
import { addCaseCommentRoute, caseCommentsRoute, caseHistoryRoute, unmaskCaseRoute } from './details';
import { listCasesRoute } from './list';
import { IdParam } from './params';
import { caseSuggestionsRoute } from './suggestions';
import { updateCaseRoute } from './update';

const ActionParam = IdParam.extend({ action: z.string().max(32) });
/** The body of each action, titled with its name (the action's definition validates it in core). */
const ActionBodies = z.union(caseActions.map((a) => caseActionDefinitions[a].payload.meta({ title: a })));
const CommentBody = z.object({ body: z.string().trim().min(1).max(5000) });

/** `/api/cases`: cases (工单) in react-admin simple-rest form, transitions under /:id/actions/:action. */
export const caseRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('cases', 'list'), listCasesRoute)
  .post('/', requireAccess('cases', 'create'), validate('json', CaseCreateSchema), (c) =>
    createCaseRoute(c, c.req.valid('json')),
  )
  .get('/:id', requireAccess('cases', 'show'), validate('param', IdParam), async (c) => {
    const found = await getCase(c.var.ctx.db, await caseActor(c), c.req.valid('param').id);
    if (!found) throw new AppError('NOT_FOUND');
    return c.json(found);
  })
  .put(
    '/:id',
    requireAccess('cases', 'edit'),
    validate('param', IdParam),
    validate('json', CaseUpdateSchema),
    (c) => updateCaseRoute(c, c.req.valid('param').id, c.req.valid('json')),
  )
  .post(
    '/:id/actions/:action',
    requireAccess('cases', 'act'),
    validate('param', ActionParam),
    documentBody(ActionBodies),
    (c) => caseActionRoute(c, c.req.valid('param').id, c.req.valid('param').action),
  )
  .get('/:id/history', requireAccess('cases', 'show'), validate('param', IdParam), (c) =>
    caseHistoryRoute(c, c.req.valid('param').id),
  )
  .get('/:id/comments', requireAccess('cases', 'show'), validate('param', IdParam), (c) =>
    caseCommentsRoute(c, c.req.valid('param').id),
  )
  .post(
    '/:id/comments',
    requireAccess('cases', 'comment'),
    validate('param', IdParam),
    validate('json', CommentBody),
    (c) => addCaseCommentRoute(c, c.req.valid('param').id, c.req.valid('json').body),
  )
  .post('/:id/unmask', requireAccess('cases', 'unmask'), validate('param', IdParam), (c) =>
    unmaskCaseRoute(c, c.req.valid('param').id),
  )
  .get('/:id/suggestions', requireAccess('cases', 'show'), validate('param', IdParam), (c) =>
    caseSuggestionsRoute(c, c.req.valid('param').id),
  );
