import {
  AppError,
  type PullJob,
  SourceCreateSchema,
  type SourcePreview,
  SourcePreviewRequestSchema,
  type SourceUpdate,
  SourceUpdateSchema,
} from '@desk/core';
import {
  createSource,
  deleteSource,
  getSource,
  listIngestFailures,
  listSources,
  pullSourceSoon,
  toSource,
  updateSource,
} from '@desk/core/store';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';
import { jobsOf, withQueueTimeout } from '../../queues';
import { awaitWebRead } from '../../web-reads';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

/** Pull a source now (on creation, or when an administrator asks). */
async function enqueuePull(c: Context<AppEnv>, sourceId: number, reason: PullJob['reason']) {
  await withQueueTimeout(jobsOf(c.var.ctx).add('pull', { sourceId, reason }));
}

/** Which settings belong to which type: a JSON mapping to a feed, selectors to html, options to sitemap. */
const settingsOf = { mapping: ['rss', 'atom', 'json'], html: ['html'], sitemap: ['sitemap'] } as const;

function refuseForeignSettings(type: string, patch: SourceUpdate) {
  for (const [key, types] of Object.entries(settingsOf))
    if (patch[key as keyof typeof settingsOf] != null && !(types as readonly string[]).includes(type))
      throw new AppError('BAD_REQUEST', {
        zh: `${type} 类型的信息源没有 ${key} 设置`,
        en: `A ${type} source has no ${key} settings`,
      });
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
    const row = await createSource(c.var.ctx.db, c.req.valid('json'), c.var.actor.id);
    // Redis unreachable: the scheduler pulls it at its next tick instead.
    await enqueuePull(c, row.id, 'created').catch(() => pullSourceSoon(c.var.ctx.db, row.id));
    const source = toSource(row);
    await audit(c, { action: 'create', entity: 'sources', entityId: row.id, after: source });
    return c.json(source, 201);
  })
  .on(
    ['PUT', 'PATCH'],
    '/:id',
    requireAccess('sources', 'edit'),
    validate('param', IdParam),
    validate('json', SourceUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const before = toSource(await found(c, id));
      refuseForeignSettings(before.type, c.req.valid('json'));
      const row = await updateSource(c.var.ctx.db, id, c.req.valid('json'));
      if (!row) throw new AppError('NOT_FOUND');
      const after = toSource(row);
      await audit(c, { action: 'update', entity: 'sources', entityId: id, before, after });
      return c.json(after);
    },
  )
  .post('/:id/pull', requireAccess('sources', 'edit'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    await found(c, id);
    await enqueuePull(c, id, 'manual');
    await audit(c, { action: 'pull', entity: 'sources', entityId: id });
    return c.json({ queued: true }, 202);
  })
  .delete('/:id', requireAccess('sources', 'delete'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const before = toSource(await found(c, id));
    await deleteSource(c.var.ctx.db, id);
    await audit(c, { action: 'delete', entity: 'sources', entityId: id, before });
    return c.json(before);
  });
