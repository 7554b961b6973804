import { schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { type ForumSite, forumSelectors, startForumSite } from '@desk/tests/forum-site';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './ingest-support';

describe('previews, pasted links and sitemaps', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let site: ForumSite;
  let admin: string;
  let duty: string;

  const preview = async (json: Json) => {
    const res = await call(rt.app, admin, '/api/sources/preview', { json });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Json;
  };
  const paste = (url: string, token = duty) =>
    call(rt.app, token, '/api/messages/from-link', { json: { url } });
  const board = () => ({ type: 'html', url: site.url('/bbs/forum-1.html'), html: forumSelectors });

  beforeAll(async () => {
    rt = await createTestRuntime();
    site = await startForumSite({ posts: 15, perPage: 10, privateEvery: 4, articles: 6 });
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { hostGapMs: 0, repeatEveryMs: { tick: 60_000 }, fetchTimeoutMs: 1_500 },
      web: { privateAddresses: true },
    });
    [admin, duty] = await Promise.all([loginAs(rt.app, 'admin'), loginAs(rt.app, 'duty')]);
  });
  afterAll(async () => {
    await pipeline?.close();
    await site?.close();
    await rt?.close();
  });

  it('previews the first ten threads, the detail of the first and the next page without storing', async () => {
    const result = await preview(board());
    const newest = site.posts
      .slice(-10)
      .reverse()
      .filter((p) => !p.private);
    expect(result).toMatchObject({ ok: true, pages: 1, problems: [], next: site.url('/bbs/forum-2.html') });
    expect(result.items.map((i: Json) => i.title)).toEqual(newest.map((p) => p.title));
    expect(result.detail).toMatchObject({
      title: newest[0]!.title,
      author: newest[0]!.author,
      likes: newest[0]!.likes,
    });
    expect(result.detail.body).toContain(newest[0]!.body.slice(0, 8));
    expect(await rt.database.db.select().from(schema.messages)).toEqual([]);
  });

  it('says in Chinese and English why a preview found nothing', async () => {
    const wrong = await preview({ ...board(), html: { ...forumSelectors, item: 'ul.threads > li' } });
    expect(wrong).toMatchObject({ ok: false, items: [] });
    expect(wrong.problems[0]).toMatchObject({ code: 'selector-empty', field: 'item' });
    expect(wrong.problems[0].message).toMatch(/^选择器没有匹配到任何内容：.*\(The selector matched nothing/);
    const robots = await preview({ ...board(), url: site.url('/bbs/private/forum-1.html') });
    expect(robots.problems[0]).toMatchObject({ code: 'robots-disallowed' });
    const slow = await preview({ ...board(), url: site.url('/bbs/slow.html') });
    expect(slow.problems[0]).toMatchObject({ code: 'timeout' });
    const gbkAsUtf8 = await preview({ ...board(), encoding: 'utf-8' });
    expect(gbkAsUtf8.problems[0]).toMatchObject({ code: 'encoding' });
    const bad = await call(rt.app, admin, '/api/sources/preview', {
      json: { ...board(), html: { ...forumSelectors, title: 'td[' } },
    });
    expect(bad.status).toBe(400);
    expect(site.requested(/private|forum-2/)).toEqual([]);
  });

  it('stores a pasted news link once by its canonical URL through the pipeline, audited', async () => {
    const article = site.articles[0]!;
    const res = await paste(site.url(`/news/2026/${article.id}.html?utm_source=wechat&from=timeline`));
    expect(res.status, await res.clone().text()).toBe(201);
    const { id, duplicate } = (await res.json()) as Json;
    expect(duplicate).toBe(false);
    const message = await eventually(async () => {
      const r = await call(rt.app, duty, `/api/messages/${id}`);
      return r.status === 200 ? ((await r.json()) as Json) : null;
    });
    expect(message).toMatchObject({ title: article.title, url: site.url(`/news/2026/${article.id}.html`) });
    expect(message.body).toContain(article.body.slice(0, 12));
    expect(message.body).not.toContain('热门新闻');
    const again = await paste(site.url(`/news/2026/${article.id}.html#comments`));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, duplicate: true });
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'messages'), eq(schema.auditLog.action, 'create')));
    expect(audit).toEqual([expect.objectContaining({ entityId: String(id), actorName: 'duty' })]);
  });

  it('answers FETCH_FAILED with the reason when a pasted page cannot be read, and refuses other roles', async () => {
    const gone = await paste(site.url('/news/2026/404.html'));
    expect(gone.status).toBe(502);
    expect(await gone.json()).toMatchObject({
      code: 'FETCH_FAILED',
      message:
        '无法读取该网页：网站返回错误状态 (The web page could not be read: The site answered with an error status)',
      details: { code: 'http-status', url: site.url('/news/2026/404.html') },
    });
    const notHttp = await paste('file:///etc/passwd');
    expect(notHttp.status).toBe(400);
    const handler = await loginAs(rt.app, 'edu');
    expect((await paste(site.url('/news/2026/1000.html'), handler)).status).toBe(403);
  });

  it('reads a sitemap index: news pages once, oldest first, nothing outside the path, nothing twice', async () => {
    const res = await call(rt.app, admin, '/api/sources', {
      json: {
        name: '瓷都新闻网',
        type: 'sitemap',
        url: site.url('/sitemap.xml'),
        sitemap: { pathPrefix: '/news/' },
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const sourceId = ((await res.json()) as Json).id;
    const rows = await eventually(async () => {
      const all = await rt.database.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.sourceId, sourceId))
        .orderBy(asc(schema.messages.id));
      return all.length === site.articles.length ? all : null;
    });
    expect(rows.map((m) => m.title)).toEqual(site.articles.map((a) => a.title));
    expect(site.requested(/about\.html/)).toEqual([]);
    const requests = site.requests.length;
    expect((await call(rt.app, admin, `/api/sources/${sourceId}/pull`, { method: 'POST' })).status).toBe(202);
    await eventually(async () => site.requests.length > requests);
    await new Promise((r) => setTimeout(r, 800));
    expect(site.requests.slice(requests).every((r) => /sitemap/.test(r))).toBe(true);
  });
});
