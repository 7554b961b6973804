import {
  AppError,
  IdParam,
  type PullJob,
  SourceCreateSchema,
  type SourcePreview,
  SourcePreviewRequestSchema,
  SourceUpdateSchema,
} from '@desk/core';
import {
  createSource,
  deleteSource,
  getSource,
  listIngestFailures,
  listSources,
  pullSourceSoon,
  recordSourcePull,
  toSource,
  updateSource,
} from '@desk/core/store';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { jobsOf, withQueueTimeout } from '../../queues';
import { awaitWebRead } from '../../web-reads';

/** Pull a source now (on creation, or when an administrator asks). */
async function enqueuePull(c: Context<AppEnv>, sourceId: number, reason: PullJob['reason']) {
  await withQueueTimeout(jobsOf(c.var.ctx).add('pull', { sourceId, reason }));
}

async function found(c: Context<AppEnv>, id: number) {
  const row = await getSource(c.var.ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Sources: feeds and web pages the desk pulls, with their health (last fetch, last new item, failures,
 * last error); `POST /preview` tries a web source's settings before it is saved.
 */
export const sourceRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('sources', 'list'), async (c) => {
    const { offset, limit, filter } = parseListParams(c);
    const now = new Date();
    let all = (await listSources(c.var.ctx.db)).map((row) => toSource(row, now));
    if (typeof filter.type === 'string') all = all.filter((s) => s.type === filter.type);
    if (typeof filter.health === 'string') all = all.filter((s) => s.health === filter.health);
    if (typeof filter.q === 'string') all = all.filter((s) => s.name.includes(filter.q as string));
    return sendList(c, 'sources', all.slice(offset, offset + limit), offset, all.length);
  })
  // Before '/:id': every permanent ingest failure (pulls, bad payloads, index rejections), newest first.
  .get('/failures', requireAccess('sources', 'show'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const { rows, total } = await listIngestFailures(c.var.ctx.db, { offset, limit });
    return sendList(c, 'ingest-failures', rows, offset, total);
  })
  // Before '/:id': try html selectors or sitemap options on the live site; nothing is stored.
  .post(
    '/preview',
    requireAccess('sources', 'create'),
    validate('json', SourcePreviewRequestSchema),
    async (c) =>
      c.json(await awaitWebRead<SourcePreview>(c.var.ctx, { kind: 'preview', source: c.req.valid('json') })),
  )
  .get('/:id', requireAccess('sources', 'show'), validate('param', IdParam), async (c) =>
    c.json(toSource(await found(c, c.req.valid('param').id))),
  )
  .get('/:id/failures', requireAccess('sources', 'show'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    await found(c, id);
    const { offset, limit } = parseListParams(c);
    const { rows, total } = await listIngestFailures(c.var.ctx.db, { sourceId: id, offset, limit });
    return sendList(c, 'ingest-failures', rows, offset, total);
  })
  .post('/', requireAccess('sources', 'create'), validate('json', SourceCreateSchema), async (c) => {
    const row = await createSource(c.var.ctx.db, auditActor(c), c.req.valid('json'));
    // Redis unreachable: the scheduler pulls it at its next tick instead (the source exists either way).
    await enqueuePull(c, row.id, 'created')
      .catch(() => pullSourceSoon(c.var.ctx.db, row.id))
      .catch((error) => c.var.ctx.log.warn({ err: error }, 'first pull not scheduled'));
    return c.json(toSource(row), 201);
  })
  .on(
    ['PUT', 'PATCH'],
    '/:id',
    requireAccess('sources', 'edit'),
    validate('param', IdParam),
    validate('json', SourceUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(toSource(await updateSource(c.var.ctx.db, auditActor(c), id, c.req.valid('json'))));
    },
  )
  .post('/:id/pull', requireAccess('sources', 'edit'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    await recordSourcePull(c.var.ctx.db, auditActor(c), id, () => enqueuePull(c, id, 'manual'));
    return c.json({ queued: true }, 202);
  })
  .delete('/:id', requireAccess('sources', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(toSource(await deleteSource(c.var.ctx.db, auditActor(c), c.req.valid('param').id)));
  });
