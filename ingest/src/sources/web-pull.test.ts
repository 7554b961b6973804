import { canonicalUrl } from '@desk/core/text';
import { forumSelectors, startForumSite } from '@desk/tests/forum-site';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullHtml, type WebPullDeps } from './html-pull';
import { pullSitemap } from './sitemap-pull';
import { createWebReader } from './web-reader';

describe('pulling web pages politely', () => {
  let rt: TestRuntime;
  let site: Awaited<ReturnType<typeof startForumSite>>;
  const stored = new Set<string>();
  const deps = (robots = true): WebPullDeps => ({
    reader: createWebReader({
      redis: rt.redis,
      prefix: rt.queue.prefix!,
      hostGapMs: 0,
      timeoutMs: 2_000,
      maxBytes: 1024 * 1024,
      userAgent: 'OpinionDesk/0.1 (test)',
      robots,
    }),
    known: async (urls) => new Set(urls.filter((u) => stored.has(canonicalUrl(u)!))),
    now: new Date(),
    deadline: Date.now() + 60_000,
  });
  const remember = (urls: (string | undefined)[]) => {
    for (const u of urls) stored.add(canonicalUrl(u)!);
  };

  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    site = await startForumSite({ posts: 23, perPage: 10, privateEvery: 7 });
  });
  afterAll(async () => {
    await site?.close();
    await rt?.close();
  });

  it('reads every GBK list page and thread, oldest first, leaving out what robots.txt disallows', async () => {
    const result = await pullHtml(
      { url: site.url('/bbs/forum-1.html'), encoding: null, html: { ...forumSelectors, maxPages: 5 } },
      deps(),
    );
    const visible = site.posts.filter((p) => !p.private);
    expect(result.pages).toBe(3);
    expect(result.items.map((i) => i.title)).toEqual(visible.map((p) => p.title));
    expect(result.items[0]).toMatchObject({
      author: visible[0]!.author,
      likes: visible[0]!.likes,
      replies: visible[0]!.replies,
      url: site.url(`/bbs/thread-${visible[0]!.id}-1-1.html`),
      publishedAt: new Date(Math.floor(visible[0]!.publishedAt.getTime() / 60_000) * 60_000).toISOString(),
    });
    expect(result.items[0]!.body).toContain(visible[0]!.body.slice(0, 10));
    expect(result.skipped).toEqual([]);
    expect(site.requested(/private/)).toEqual([]);
    remember(result.items.map((i) => i.url));
  });

  it('stops at the first page that ends with a known thread and reads only the new ones', async () => {
    const before = site.requests.length;
    const fresh = site.addPosts(2);
    const result = await pullHtml(
      { url: site.url('/bbs/forum-1.html'), encoding: null, html: { ...forumSelectors, maxPages: 5 } },
      deps(),
    );
    expect(result.items.map((i) => i.title)).toEqual(fresh.map((p) => p.title));
    // robots.txt is cached: one list page and two threads.
    expect(site.requests.slice(before)).toEqual([
      '/bbs/forum-1.html',
      `/bbs/thread-${fresh[0]!.id}-1-1.html`,
      `/bbs/thread-${fresh[1]!.id}-1-1.html`,
    ]);
  });

  it('fails with the selector problem when the site changed its layout', async () => {
    const layout = await startForumSite({ posts: 3 });
    layout.changeLayout();
    await expect(
      pullHtml({ url: layout.url('/bbs/forum-1.html'), encoding: null, html: forumSelectors }, deps()),
    ).rejects.toMatchObject({ problem: { code: 'selector-empty', field: 'item' } });
    await layout.close();
  });

  it('fills page numbers into a URL template instead of following a next link', async () => {
    const { next: _, ...rest } = forumSelectors;
    const result = await pullHtml(
      {
        url: site.url('/bbs/list.php?page=1'),
        encoding: 'gbk',
        html: { ...rest, pageTemplate: 'list.php?page={page}', maxPages: 2, detail: undefined },
      },
      { ...deps(), known: async () => new Set() },
    );
    expect(result.pages).toBe(2);
    expect(result.items).toHaveLength(site.posts.slice(-20).filter((p) => !p.private).length);
    expect(result.items.at(-1)!.body).toContain('tr');
  });

  it('reads the articles of a sitemap index with readability and then only the changed ones', async () => {
    const source = { url: site.url('/sitemap.xml'), encoding: null, sitemap: { pathPrefix: '/news/' } };
    const first = await pullSitemap({ ...source, lastSuccessAt: null }, deps());
    expect(first.items.map((i) => i.title)).toEqual(site.articles.map((a) => a.title));
    expect(first.items[0]!.body).toContain(site.articles[0]!.body.slice(0, 12));
    expect(first.items[0]!.body).not.toContain('热门新闻');
    // The heading is the title, not the body's first line.
    expect(first.items[0]!.body).not.toContain(`>${site.articles[0]!.title}</`);
    expect(first.items[0]!.author).toBe(`记者 ${site.articles[0]!.author}`);
    expect(site.requested(/about\.html/)).toEqual([]);
    remember(first.items.map((i) => i.url));
    const again = await pullSitemap({ ...source, lastSuccessAt: new Date() }, deps());
    expect(again.items).toEqual([]);
  });
});
