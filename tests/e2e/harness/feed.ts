import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedItem {
  guid: string;
  title: string;
  description: string;
  pubDate?: Date;
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A citizen message board's RSS feed, served locally so the desk can pull it like any web source. */
export async function startFeed(items: FeedItem[]): Promise<{ url: string; close(): Promise<void> }> {
  const body = () =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>网民留言板</title><link>http://example.invalid/</link><description>测试</description>${items
      .map(
        (i) =>
          `<item><guid isPermaLink="false">${xml(i.guid)}</guid><title>${xml(i.title)}</title><description>${xml(i.description)}</description><link>http://example.invalid/${xml(i.guid)}</link><pubDate>${(i.pubDate ?? new Date()).toUTCString()}</pubDate></item>`,
      )
      .join('')}</channel></rss>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    res.end(body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
