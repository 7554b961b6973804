import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGenerator, type GeneratedMessage } from '@desk/ingest';
import iconv from 'iconv-lite';

/** Test helpers of the ingest tests: feeds built from the message generator, a local feed server, polling. */

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(items: GeneratedMessage[], encoding = 'UTF-8'): string {
  const entries = items.map(
    (m) => `<item><title>${xmlEscape(m.title)}</title><link>${xmlEscape(m.url)}</link>
<guid isPermaLink="false">${m.externalId}</guid><pubDate>${m.publishedAt.toUTCString()}</pubDate>
<dc:creator>${xmlEscape(m.author)}</dc:creator><description><![CDATA[<p>${m.body}</p>]]></description>
<slash:comments>${m.replies}</slash:comments></item>`,
  );
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel><title>市民留言板</title><link>https://bbs.example.cn/</link>${entries.join('\n')}</channel></rss>`;
}

export function atomFeed(items: GeneratedMessage[]): string {
  const entries = items.map(
    (m) => `<entry><id>${m.externalId}</id><title type="text">${xmlEscape(m.title)}</title>
<link rel="alternate" href="${xmlEscape(m.url)}"/><published>${m.publishedAt.toISOString()}</published>
<author><name>${xmlEscape(m.author)}</name></author><content type="html">${xmlEscape(`<div>${m.body}</div>`)}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>网络问政</title>${entries.join('\n')}</feed>`;
}

/** A JSON API in its own shape, read through a source mapping. */
export function customJsonFeed(items: GeneratedMessage[]): string {
  return JSON.stringify({
    code: 0,
    data: {
      list: items.map((m) => ({
        msgId: m.externalId,
        subject: m.title,
        content: m.body,
        link: m.url,
        user: { nick: m.author },
        time: m.publishedAt.toISOString(),
        stats: { up: m.likes, reply: m.replies },
      })),
    },
  });
}

export const customJsonMapping = {
  items: 'data.list',
  externalId: 'msgId',
  title: 'subject',
  body: 'content',
  url: 'link',
  author: 'user.nick',
  publishedAt: 'time',
  likes: 'stats.up',
  replies: 'stats.reply',
};

export const gbk = (text: string) => iconv.encode(text, 'gbk');

export interface Route {
  body: string | Buffer;
  contentType: string;
  etag?: string;
  status?: number;
}

/** A local HTTP server for feeds; answers If-None-Match with 304 and counts requests per path. */
export async function startFeedServer() {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) return void res.writeHead(404).end('not found');
    if (route.etag && req.headers['if-none-match'] === route.etag) return void res.writeHead(304).end();
    const headers: Record<string, string> = { 'Content-Type': route.contentType };
    if (route.etag) headers.ETag = route.etag;
    res.writeHead(route.status ?? 200, headers).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    set: (path: string, route: Route) => routes.set(path, route),
    hits: (path: string) => hits.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const generated = (seed: number, n: number, site?: string) => {
  const generator = createGenerator({ seed, site, repostRate: 0, burstRate: 0 });
  return Array.from({ length: n }, () => generator.message(new Date(Date.now() - 3_600_000)));
};

/** Poll until `check` returns a truthy value (or throw after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check().catch(() => undefined);
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}
