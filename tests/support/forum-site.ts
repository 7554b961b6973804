import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGenerator } from '@desk/ingest';
import iconv from 'iconv-lite';
import { articlePage, forumListPage, forumThreadPage, sitemapIndex, sitemapUrlset } from './forum-pages';

/**
 * A local clone of a city's 民生留言板 (a Discuz-style forum served in GBK) and of a news site with
 * sitemaps, for the tests and the benchmark of HTML sources. Posts are generated (no real messages).
 */
export interface ForumPost {
  id: number;
  title: string;
  body: string;
  author: string;
  publishedAt: Date;
  likes: number;
  replies: number;
  /** Linked from the list but under a path robots.txt disallows. */
  private?: boolean;
}

export interface ForumSiteOptions {
  posts?: number;
  perPage?: number;
  seed?: number;
  /** Every nth post (1-based, counted from the oldest) lives under the disallowed path. */
  privateEvery?: number;
  /** News articles listed in the sitemaps. */
  articles?: number;
}

export const ROBOTS_TXT =
  'User-agent: *\nDisallow: /bbs/private/\nDisallow: /search\n\nUser-agent: BadBot\nDisallow: /\n';
export const forumSelectors = {
  item: 'table.threadlist tbody tr.thread:not(.sticky)',
  link: 'td.subject a.title',
  title: 'td.subject a.title',
  time: 'td.lastpost em',
  author: 'td.author cite',
  next: 'div.pages a.nxt',
  detail: {
    body: 'div.post.first div.t_msg',
    time: 'div.post.first span.posttime',
    author: 'div.post.first a.poster',
    likes: 'div.post.first span.recommend',
    replies: 'div.thread-stats span.replies',
  },
};

function makePosts(count: number, seed: number, privateEvery: number, now: number): ForumPost[] {
  const generator = createGenerator({ seed, repostRate: 0, burstRate: 0 });
  return Array.from({ length: count }, (_, i) => {
    const m = generator.message(new Date(now));
    const age = (count - i) * 47 * 60_000;
    return {
      id: 1000 + i,
      title: m.title,
      body: m.body,
      author: m.author,
      publishedAt: new Date(now - age),
      likes: m.likes,
      replies: m.replies,
      private: privateEvery > 0 && (i + 1) % privateEvery === 0,
    };
  });
}

export async function startForumSite(options: ForumSiteOptions = {}) {
  const perPage = options.perPage ?? 10;
  const seed = options.seed ?? 14;
  /** Oldest first; the list shows them newest first. */
  const posts = makePosts(options.posts ?? 25, seed, options.privateEvery ?? 0, Date.now());
  const articles = makePosts(options.articles ?? 6, seed + 1, 0, Date.now());
  const state = { layout: 'v1' as 'v1' | 'v2', nextId: 1000 + posts.length };
  const requests: string[] = [];
  const userAgents = new Set<string>();
  let origin = '';

  const newestFirst = () => [...posts].reverse();
  const pageCount = () => Math.max(1, Math.ceil(posts.length / perPage));
  const listPage = (n: number) =>
    forumListPage(newestFirst().slice((n - 1) * perPage, n * perPage), n, pageCount(), state.layout);
  const gbk = (html: string) => ({ type: 'text/html; charset=GBK', body: iconv.encode(html, 'gbk') });
  const utf8 = (type: string, body: string) => ({ type, body: Buffer.from(body) });

  function route(path: string): { type: string; body: Buffer; status?: number } | null {
    const url = new URL(path, 'http://site.invalid');
    if (url.pathname === '/robots.txt') return utf8('text/plain', ROBOTS_TXT);
    const list = /^\/bbs\/forum-(\d+)\.html$/.exec(url.pathname);
    if (list) return Number(list[1]) <= pageCount() ? gbk(listPage(Number(list[1]))) : null;
    if (url.pathname === '/bbs/list.php') return gbk(listPage(Number(url.searchParams.get('page') ?? 1)));
    const thread = /^\/bbs\/(?:private\/)?thread-(\d+)-1-1\.html$/.exec(url.pathname);
    const post = thread && posts.find((p) => p.id === Number(thread[1]));
    if (post) return gbk(forumThreadPage(post));
    if (url.pathname === '/sitemap.xml') return utf8('application/xml', sitemapIndex(articles, origin));
    const map = /^\/sitemaps\/news-(\d)\.xml$/.exec(url.pathname);
    if (map) return utf8('application/xml', sitemapUrlset(articles, Number(map[1]), origin));
    const news = /^\/news\/\d{4}\/(\d+)\.html$/.exec(url.pathname);
    const article = news && articles.find((a) => a.id === Number(news[1]));
    if (article) return utf8('text/html; charset=utf-8', articlePage(article, origin));
    return null;
  }

  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    userAgents.add(req.headers['user-agent'] ?? '');
    // A board that hangs: the desk must give up on it.
    if (req.url === '/bbs/slow.html') return void setTimeout(() => res.end(), 8_000).unref();
    const found = route(req.url ?? '/');
    if (!found) return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>404</h1>');
    res.writeHead(found.status ?? 200, { 'Content-Type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    /** Oldest first. */
    posts,
    articles,
    requests,
    userAgents,
    requested: (pattern: RegExp) => requests.filter((r) => pattern.test(r)),
    /** New posts appear at the top of page 1, pushing older ones down. */
    addPosts(count: number) {
      const fresh = makePosts(count, seed + state.nextId, 0, Date.now() + 60_000);
      for (const p of fresh) {
        p.id = state.nextId++;
        p.publishedAt = new Date(Date.now() - (count - fresh.indexOf(p)) * 1_000);
      }
      posts.push(...fresh);
      return fresh;
    },
    /** The site's redesign: new markup, so the old selectors match nothing. */
    changeLayout() {
      state.layout = 'v2';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type ForumSite = Awaited<ReturnType<typeof startForumSite>>;
