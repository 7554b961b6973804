import {
  AppError,
  errorCatalog,
  type IngestJob,
  LinkPasteSchema,
  type LinkReading,
  MANUAL_SOURCE,
  urlDedupeKey,
  type WebProblem,
  webProblems,
} from '@desk/core';
import { ensureSource, existingDedupeKeys, reserveMessageIds } from '@desk/core/store';
import { canonicalUrl } from '@desk/core/text';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';
import { jobsOf, withQueueTimeout } from '../../queues';
import { awaitJob, awaitWebRead } from '../../web-reads';

/** "无法读取该网页：网站返回错误状态 (The web page could not be read: …)", the particulars in `details`. */
function fetchFailed(problem: WebProblem) {
  const { zh, en } = webProblems[problem.code];
  const base = errorCatalog.FETCH_FAILED;
  return new AppError('FETCH_FAILED', { zh: `${base.zh}：${zh}`, en: `${base.en}: ${en}` }, problem);
}

/** How long the answer waits for the pipeline to store the message (it is stored later otherwise). */
const STORE_WAIT_MS = 15_000;

async function storedAs(c: Context<AppEnv>, sourceId: number, url: string) {
  const key = urlDedupeKey(canonicalUrl(url) ?? url);
  return (await existingDedupeKeys(c.var.ctx.db, sourceId, [key])).get(key);
}

/** Hand the page to the pipeline as a message of the manual source, and wait briefly for it. */
async function ingest(c: Context<AppEnv>, sourceId: number, page: Extract<LinkReading, { ok: true }>) {
  const [id] = await reserveMessageIds(c.var.ctx.db, 1);
  const now = new Date();
  const { ok: _, ...item } = page;
  const job: IngestJob = {
    sourceId,
    fetchedAt: now.toISOString(),
    items: [{ ...item, id: id!, kind: 'web', channel: 'web', receivedAt: now.toISOString() }],
  };
  const jobId = await withQueueTimeout(
    jobsOf(c.var.ctx).add('ingest', job, { jobId: `link:${urlDedupeKey(page.url)}` }),
  );
  await awaitJob(c.var.ctx, 'ingest', jobId, STORE_WAIT_MS, () => null).catch(() => null);
  return id!;
}

/**
 * `POST /api/messages/from-link {url}`: a duty officer pastes a page the desk missed. A worker reads
 * it (main text by readability); it is stored once per canonical URL as a message of the manual
 * source, through the same pipeline as every pulled item. Answers 201 with the new message id, or
 * 200 with the stored one; a page that cannot be read is FETCH_FAILED with the problem in `details`.
 */
export const fromLinkRoutes = new Hono<AppEnv>().post(
  '/',
  requireAccess('messages', 'create'),
  validate('json', LinkPasteSchema),
  async (c) => {
    const { url } = c.req.valid('json');
    const source = await ensureSource(c.var.ctx.db, MANUAL_SOURCE);
    const known = await storedAs(c, source.id, url);
    if (known) return c.json({ id: known, duplicate: true }, 200);
    const page = await awaitWebRead<LinkReading>(c.var.ctx, { kind: 'link', url });
    if (!page.ok) throw fetchFailed(page.problem);
    const same = await storedAs(c, source.id, page.url);
    if (same) return c.json({ id: same, duplicate: true }, 200);
    const id = await ingest(c, source.id, page);
    await audit(c, {
      action: 'create',
      entity: 'messages',
      entityId: id,
      after: { url: page.url, via: 'link' },
    });
    return c.json({ id: (await storedAs(c, source.id, page.url)) ?? id, duplicate: false }, 201);
  },
);
