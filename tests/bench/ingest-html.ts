import { cpus, loadavg } from 'node:os';
import { createApp, defaultApiSettings } from '@desk/api';
import { seedDemo } from '@desk/core/store';
import { extractTerms } from '@desk/core/text';
import { createRedis } from '@desk/queue';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import pino from 'pino';
import { type ForumPost, type ForumSite, forumSelectors, startForumSite } from '../support/forum-site';
import { call, loginAs } from '../support/http';
import { arg, countStored, type Desk, feedServer, startDesk } from './ingest.bench';
import { ownCpuSeconds } from './proc';
import { type BenchServices, startBenchServices } from './services';

/**
 * `npm run bench -- ingest --html [--forums=4] [--posts=400]`: web pages without a feed.
 * Local clones of a GBK 民生留言板 (tests/support/forum-site.ts), 20 threads per list page, each forum on
 * its own port (the per-host gap is per host), read three ways in the same run:
 * 1. raw: plain fetch + iconv + cheerio of the same list and detail pages, no desk (the ceiling);
 * 2. html sources registered through the API (maxPages 20, robots.txt, detail pages) → stored;
 * 3. JSON feeds of the very same posts registered through the API → stored.
 * Each desk run uses a fresh embedded (PGlite) database. Rates count until the last message is stored.
 */
const PER_PAGE = 20;
const MAX_PAGES = 20;
const CONTACT = 'bench@example.gov.cn';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rate = (count: number, seconds: number) => Math.round(count / seconds);

/** Fetch a page and decode it as the forum serves it (GBK), as a scraper without a framework would. */
async function gbkPage(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return cheerio.load(iconv.decode(Buffer.from(await res.arrayBuffer()), 'gbk'));
}

/** One forum read the plain way: list pages by the next link, then every thread's opening post. */
async function rawForum(site: ForumSite) {
  const links: string[] = [];
  let pageUrl: string | null = site.url('/bbs/forum-1.html');
  let pages = 0;
  while (pageUrl && pages < MAX_PAGES) {
    const $ = await gbkPage(pageUrl);
    pages++;
    for (const el of $(forumSelectors.item).toArray()) {
      const href = $(el).find(forumSelectors.link).attr('href');
      if (href) links.push(new URL(href, pageUrl).toString());
    }
    const next = $(forumSelectors.next).attr('href');
    pageUrl = next ? new URL(next, pageUrl).toString() : null;
  }
  let bodies = 0;
  for (const link of links) {
    const $ = await gbkPage(link);
    if ($(forumSelectors.detail.body).first().text().trim()) bodies++;
    pages++;
  }
  return { pages, messages: bodies };
}

async function rawBaseline(sites: ForumSite[]) {
  const started = performance.now();
  const results = await Promise.all(sites.map(rawForum));
  const seconds = (performance.now() - started) / 1000;
  const pages = results.reduce((n, r) => n + r.pages, 0);
  const messages = results.reduce((n, r) => n + r.messages, 0);
  return { seconds, pages, messages };
}

const threadUrl = (site: ForumSite, p: ForumPost) => site.url(`/bbs/thread-${p.id}-1-1.html`);

/** The posts of one forum as a JSON Feed, newest first like the board. */
const jsonFeedOf = (site: ForumSite) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '民生留言板',
    items: [...site.posts].reverse().map((p) => ({
      id: String(p.id),
      url: threadUrl(site, p),
      title: p.title,
      content_text: p.body,
      date_published: p.publishedAt.toISOString(),
      authors: [{ name: p.author }],
    })),
  });

/**
 * The API of the desk under test, signed in as the demo administrator. Its own Redis connection: the API
 * keeps one job producer per connection, so a shared one would enqueue into the previous desk's queues.
 */
async function adminApi(desk: Desk, redisUrl: string) {
  await seedDemo(desk.database.db);
  const redis = createRedis(redisUrl);
  const app = createApp({
    db: desk.database.db,
    redis,
    search: desk.search,
    queue: desk.queue,
    log: pino({ level: 'silent' }),
    settings: { ...defaultApiSettings },
  });
  const token = await loginAs(app, 'admin');
  const register = async (source: Record<string, unknown>) => {
    const res = await call(app, token, '/api/sources', { json: { intervalSeconds: 86_400, ...source } });
    if (res.status !== 201) throw new Error(`registering a source failed: ${res.status} ${await res.text()}`);
  };
  return { register, close: () => redis.quit() };
}

/**
 * Register the sources, then wait until `expected` messages are stored. `requests` counts the pages
 * the sites served; the read phase ends at the last request, the run when the last message is stored.
 */
async function deskRun(
  desk: Desk,
  redisUrl: string,
  sources: Record<string, unknown>[],
  expected: number,
  requests: () => number,
) {
  const api = await adminApi(desk, redisUrl);
  const before = { requests: requests(), cpu: ownCpuSeconds() };
  const started = performance.now();
  for (const source of sources) await api.register(source);
  let lastRequestAt = started;
  let seen = before.requests;
  for (;;) {
    if (requests() !== seen) {
      seen = requests();
      lastRequestAt = performance.now();
    }
    if ((await countStored(desk.database)).all >= expected) break;
    await sleep(100);
  }
  const seconds = (performance.now() - started) / 1000;
  await api.close();
  return {
    seconds,
    readSeconds: (lastRequestAt - started) / 1000,
    pages: requests() - before.requests,
    cpuUs: ((ownCpuSeconds() - before.cpu) / expected) * 1e6,
  };
}

export async function runHtml(args: string[]) {
  const forums = arg(args, 'forums', 4);
  const posts = Math.min(arg(args, 'posts', PER_PAGE * MAX_PAGES), PER_PAGE * MAX_PAGES);
  const total = forums * posts;
  console.log(
    `ingest bench (html): ${forums} GBK forums on localhost × ${posts} threads, ${PER_PAGE} per list page (${Math.ceil(posts / PER_PAGE)} list pages + ${posts} threads each); pglite`,
  );
  const services: BenchServices = await startBenchServices();
  const redis = createRedis(services.redisUrl);
  const sites = await Promise.all(
    Array.from({ length: forums }, (_, i) => startForumSite({ posts, perPage: PER_PAGE, seed: 100 + i })),
  );
  const served = () => sites.reduce((n, s) => n + s.requests.length, 0);
  extractTerms('景德镇市珠山区预热'); // a running desk has its dictionaries loaded

  const raw = await rawBaseline(sites);
  console.log(
    `raw (fetch + iconv + cheerio, no desk): ${raw.pages} pages, ${raw.messages} threads in ${raw.seconds.toFixed(1)} s → ${rate(raw.pages, raw.seconds)} pages/s, ${rate(raw.messages, raw.seconds)} msg/s`,
  );

  const htmlDesk = await startDesk(services, 'pglite', redis, 'html_pglite', { contact: CONTACT });
  const html = await deskRun(
    htmlDesk,
    services.redisUrl,
    sites.map((site, i) => ({
      name: `瓷都论坛 ${i + 1}`,
      type: 'html',
      url: site.url('/bbs/forum-1.html'),
      html: { ...forumSelectors, maxPages: MAX_PAGES },
    })),
    total,
    served,
  );
  await htmlDesk.close();
  const htmlPages = rate(html.pages, html.seconds);
  const htmlMsgs = rate(total, html.seconds);
  console.log(
    `html sources (API → robots.txt → list + detail pages → stored): ${html.pages} pages, ${total} messages in ${html.seconds.toFixed(1)} s (pages read in ${html.readSeconds.toFixed(1)} s) → ${htmlPages} pages/s, ${htmlMsgs} msg/s; ${(html.pages / html.seconds / (raw.pages / raw.seconds)).toFixed(2)} of raw pages/s; ingest process ${Math.round(html.cpuUs)} µs cpu per message`,
  );

  const feeds = await feedServer(
    new Map(sites.map((site, i) => [`/forum/${i}.json`, () => jsonFeedOf(site)])),
  );
  const jsonDesk = await startDesk(services, 'pglite', redis, 'html_json_pglite');
  const json = await deskRun(
    jsonDesk,
    services.redisUrl,
    sites.map((_, i) => ({
      name: `瓷都论坛 JSON ${i + 1}`,
      type: 'json',
      url: `${feeds.base}/forum/${i}.json`,
    })),
    total,
    () => 0,
  );
  await jsonDesk.close();
  const jsonMsgs = rate(total, json.seconds);
  console.log(
    `json feeds of the same posts (API → one feed per forum → stored): ${total} messages in ${json.seconds.toFixed(1)} s → ${jsonMsgs} msg/s; ingest process ${Math.round(json.cpuUs)} µs cpu per message`,
  );
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (the box is shared)`);

  redis.disconnect();
  await feeds.close();
  await Promise.all(sites.map((s) => s.close()));
  await services.stop();
  console.log(
    `ingest html ${htmlPages} pages/s, ${htmlMsgs} msg/s; json ${jsonMsgs} msg/s; html/json ${(json.seconds / html.seconds).toFixed(2)}`,
  );
}
