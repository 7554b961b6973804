import { schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { type ForumSite, forumSelectors, startForumSite } from '@desk/tests/forum-site';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './ingest-support';

describe('HTML list-and-detail sources through the API and the pipeline', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let site: ForumSite;
  let admin: string;
  let boardId: number;

  const messagesOf = (sourceId: number) =>
    rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.sourceId, sourceId))
      .orderBy(asc(schema.messages.id));
  const source = async (id: number) =>
    (await (await call(rt.app, admin, `/api/sources/${id}`)).json()) as Json;
  const pullNow = async (id: number) => {
    const before = (await source(id)).lastFetchAt;
    expect((await call(rt.app, admin, `/api/sources/${id}/pull`, { method: 'POST' })).status).toBe(202);
    return eventually(async () => ((await source(id)).lastFetchAt !== before ? source(id) : null), 20_000);
  };
  const register = async (json: Json) => {
    const res = await call(rt.app, admin, '/api/sources', { json: { intervalSeconds: 3600, ...json } });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as Json).id as number;
  };

  beforeAll(async () => {
    rt = await createTestRuntime();
    site = await startForumSite({ posts: 23, perPage: 10, privateEvery: 7 });
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { hostGapMs: 0, repeatEveryMs: { tick: 60_000 }, fetchTimeoutMs: 2_000 },
      web: { contact: 'wangxin@example.gov.cn', privateAddresses: true },
    });
    admin = await loginAs(rt.app, 'admin');
    boardId = await register({
      name: '瓷都论坛民生留言板',
      type: 'html',
      url: site.url('/bbs/forum-1.html'),
      html: { ...forumSelectors, maxPages: 5 },
    });
  });
  afterAll(async () => {
    await pipeline?.close();
    await site?.close();
    await rt?.close();
  });

  it('stores every thread of the GBK board once, oldest first, with its detail page', async () => {
    const visible = site.posts.filter((p) => !p.private);
    const stored = await eventually(async () => {
      const rows = await messagesOf(boardId);
      return rows.length === visible.length ? rows : null;
    }, 30_000);
    expect(stored.map((m) => m.title)).toEqual(visible.map((p) => p.title));
    for (const [i, m] of stored.entries()) {
      const post = visible[i]!;
      expect(m).toMatchObject({
        author: post.author,
        likes: post.likes,
        replies: post.replies,
        channel: 'web',
      });
      expect(m.url).toBe(site.url(`/bbs/thread-${post.id}-1-1.html`));
      expect(m.publishedAt?.getTime()).toBe(Math.floor(post.publishedAt.getTime() / 60_000) * 60_000);
      expect(m.body).not.toContain('同样的问题我们小区也有');
    }
    expect(stored[0]!.body.replace(/\s/g, '')).toContain(visible[0]!.body.replace(/\s/g, '').slice(0, 20));
  });

  it('never requests what robots.txt disallows and names the desk and its contact to the site', () => {
    expect(site.requested(/robots\.txt/).length).toBeGreaterThan(0);
    expect(site.requested(/private/)).toEqual([]);
    expect([...site.userAgents]).toEqual([
      expect.stringMatching(/^OpinionDesk\/.*mailto:wangxin@example\.gov\.cn/),
    ]);
  });

  it('adds nothing on a second pull and reads only the first list page', async () => {
    const before = (await messagesOf(boardId)).length;
    const requests = site.requests.length;
    expect(await pullNow(boardId)).toMatchObject({ consecutiveFailures: 0, lastError: null, health: 'ok' });
    await new Promise((r) => setTimeout(r, 500));
    expect((await messagesOf(boardId)).length).toBe(before);
    expect(site.requests.slice(requests)).toEqual(['/bbs/forum-1.html']);
  });

  it('picks up new threads at the top of the board on the next pull', async () => {
    const fresh = site.addPosts(3);
    await pullNow(boardId);
    const rows = await eventually(async () => {
      const all = await messagesOf(boardId);
      return all.length === site.posts.filter((p) => !p.private).length ? all : null;
    });
    expect(rows.slice(-3).map((m) => m.title)).toEqual(fresh.map((p) => p.title));
  });

  it('records a layout change as an error and a source-health alert, touching nothing stored', async () => {
    // What a pull writes; event grouping may still link these messages to events meanwhile.
    const pulled = async () =>
      (await messagesOf(boardId)).map(({ id, url, title, body, author, likes, replies, publishedAt }) => ({
        id,
        url,
        title,
        body,
        author,
        likes,
        replies,
        publishedAt,
      }));
    const before = await pulled();
    site.changeLayout();
    const after = await pullNow(boardId);
    expect(after.lastError).toMatch(/item "table\.threadlist tbody tr\.thread:not\(\.sticky\)"/);
    expect(after.consecutiveFailures).toBe(1);
    const [alert] = await rt.database.db
      .select()
      .from(schema.alerts)
      .where(and(eq(schema.alerts.sourceId, boardId), eq(schema.alerts.kind, 'source-health')));
    expect(alert).toMatchObject({ dedupeKey: `source-layout:${boardId}`, level: 'orange' });
    // The worker lists the failed job once the pull job has thrown, just after the source's health.
    const failures = await eventually(async () => {
      const rows = (await (await call(rt.app, admin, `/api/sources/${boardId}/failures`)).json()) as Json[];
      return rows.length ? rows : null;
    });
    expect(failures[0]!.reason).toMatch(/选择器没有匹配到任何内容/);
    expect(await pulled()).toEqual(before);
  });
});
