import { AppError, IdParam, LegalChallengeCreateSchema, LegalChallengeUpdateSchema } from '@desk/core';
import {
  createLegalChallenge,
  getLegalChallenge,
  listLegalChallenges,
  updateLegalChallenge,
} from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** `/api/legal-challenges`: 行政复议 / 行政诉讼 about disclosure decisions (annual-report Table 四). */
export const legalChallengeRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('legal-challenges', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const { rows, total } = await listLegalChallenges(c.var.ctx.db, { offset, limit });
    return sendList(c, 'legal-challenges', rows, offset, total);
  })
  .get('/:id', requireAccess('legal-challenges', 'show'), validate('param', IdParam), async (c) => {
    const row = await getLegalChallenge(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post(
    '/',
    requireAccess('legal-challenges', 'create'),
    validate('json', LegalChallengeCreateSchema),
    async (c) => {
      const row = await createLegalChallenge(c.var.ctx.db, auditActor(c), c.req.valid('json'));
      return c.json(row, 201);
    },
  )
  .put(
    '/:id',
    requireAccess('legal-challenges', 'edit'),
    validate('param', IdParam),
    validate('json', LegalChallengeUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updateLegalChallenge(c.var.ctx.db, auditActor(c), id, c.req.valid('json')));
    },
  );
