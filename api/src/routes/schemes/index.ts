import {
  AppError,
  IdParam,
  intText,
  SchemeCreateSchema,
  SchemeUpdateSchema,
  schemeHasWords,
  schemeNeedsWords,
} from '@desk/core';
import {
  createScheme,
  deleteScheme,
  getMessagesByIds,
  getScheme,
  listSchemes,
  recordSchemeHits,
  schemeHitSeries,
  schemeMessageIds,
  schemeTotals,
  updateScheme,
} from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { searchScheme } from './preview';

const SeriesQuery = z.object({
  bucket: z.enum(['hour', 'day']).default('day'),
  days: intText(1, 366).default(30),
});

/** `/api/schemes`: monitoring schemes, their hit counts over time, hit messages and a search preview. */
export const schemeRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('schemes', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const [all, totals] = await Promise.all([listSchemes(c.var.ctx.db), schemeTotals(c.var.ctx.db)]);
    const rows = all.map((s) => ({ ...s, hits: totals.get(s.id) ?? 0 }));
    return sendList(c, 'schemes', rows.slice(offset, offset + limit), offset, rows.length);
  })
  .post('/preview', requireAccess('schemes', 'create'), validate('json', SchemeCreateSchema), async (c) => {
    return c.json(await searchScheme(c.var.ctx, { id: 0, ...c.req.valid('json') }));
  })
  .get('/:id', requireAccess('schemes', 'show'), validate('param', IdParam), async (c) => {
    const row = await getScheme(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .get(
    '/:id/series',
    requireAccess('schemes', 'show'),
    validate('param', IdParam),
    validate('query', SeriesQuery),
    async (c) => {
      const { bucket, days } = c.req.valid('query');
      const since = new Date(Date.now() - days * 86_400_000);
      return c.json(await schemeHitSeries(c.var.ctx.db, c.req.valid('param').id, bucket, since));
    },
  )
  .get('/:id/messages', requireAccess('schemes', 'show'), validate('param', IdParam), async (c) => {
    const { offset, limit } = parseListParams(c);
    const ids = await schemeMessageIds(c.var.ctx.db, c.req.valid('param').id, limit, offset);
    return c.json(await getMessagesByIds(c.var.ctx.db, ids, null));
  })
  .post('/', requireAccess('schemes', 'create'), validate('json', SchemeCreateSchema), async (c) => {
    const row = await createScheme(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    // Backfill: what the index already holds counts as hits from now on. Derived data: the scheme is
    // created whatever happens here, so a failure is logged, never answered with a 5xx.
    const found = await searchScheme(c.var.ctx, row, 1_000).catch(() => []);
    await recordSchemeHits(
      c.var.ctx.db,
      found.map((m) => ({ schemeId: row.id, messageId: m.id })),
    ).catch((error) => c.var.ctx.log.warn({ err: error }, 'scheme backfill failed'));
    return c.json({ ...row, hits: found.length }, 201);
  })
  .put(
    '/:id',
    requireAccess('schemes', 'edit'),
    validate('param', IdParam),
    validate('json', SchemeUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const stored = await getScheme(c.var.ctx.db, id);
      if (!stored) throw new AppError('NOT_FOUND');
      if (!schemeHasWords({ ...stored, ...input }))
        throw new AppError(
          'BAD_REQUEST',
          { zh: '方案须至少有一个地域、主体或事件词', en: schemeNeedsWords.message },
          [schemeNeedsWords],
        );
      return c.json(await updateScheme(c.var.ctx.db, auditActor(c), id, input));
    },
  )
  .delete('/:id', requireAccess('schemes', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteScheme(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
