import { AppError, type CaseType, caseCode, caseTypeLabels, intText } from '@desk/core';
import { maskText } from '@desk/core/pii';
import { publicResponseByCode, publicResponses } from '@desk/core/store';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';

const FeedQuery = z.object({ limit: intText(1, 100).default(50) });
const CodeParam = z.object({ code: caseCode() });
const FEED_TITLE = '政务回应 · 舆情回应工作台';

type Item = Awaited<ReturnType<typeof publicResponses>>[number];

const XML_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Escape for XML and drop the control characters XML 1.0 forbids (they would break every reader). */
const xml = (s: string) =>
  [...s.replace(/[<>&'"]/g, (ch) => XML_ESCAPES[ch]!)]
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('');

/** Links point at PUBLIC_URL: the Host header is whatever the client wrote. */
const feedUrl = (c: Context<AppEnv>, ext: string) =>
  `${c.var.ctx.settings.publicUrl}/api/public/responses.${ext}`;

/** The public address of one response: what a feed item links to. */
const itemUrl = (c: Context<AppEnv>, code: string) =>
  `${c.var.ctx.settings.publicUrl}/api/public/responses/${encodeURIComponent(code)}`;

/**
 * The masked copy made at publication, masked once more as it leaves: a response published before the
 * masking learned a disguise still cannot show it.
 */
const masked = (i: Item): Item => ({ ...i, title: maskText(i.title), body: maskText(i.body) });
async function feedItems(c: Context<AppEnv>, limit: number) {
  return (await publicResponses(c.var.ctx.db, limit)).map(masked);
}
const typeLabel = (t: string) => caseTypeLabels[t as CaseType]?.zh ?? t;

/** A JSON Feed 1.1 item; the single-response page answers with the same shape. */
const jsonItem = (c: Context<AppEnv>, i: Item) => ({
  id: i.caseCode,
  url: itemUrl(c, i.caseCode),
  title: i.title,
  content_text: i.body,
  date_published: i.publishedAt.toISOString(),
  authors: i.departmentName ? [{ name: i.departmentName }] : [],
  tags: [typeLabel(i.caseType)],
  _desk: {
    caseCode: i.caseCode,
    caseType: i.caseType,
    department: i.departmentName,
    receivedAt: i.receivedAt.toISOString(),
  },
});

function rss(c: Context<AppEnv>, items: Item[]): string {
  const entries = items.map(
    (i) =>
      `<item><title>${xml(`[${typeLabel(i.caseType)}] ${i.title}`)}</title><link>${xml(itemUrl(c, i.caseCode))}</link><guid isPermaLink="false">${xml(i.caseCode)}</guid><pubDate>${i.publishedAt.toUTCString()}</pubDate>${i.departmentName ? `<author>${xml(i.departmentName)}</author><category>${xml(i.departmentName)}</category>` : ''}<description>${xml(i.body)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xml(FEED_TITLE)}</title><link>${xml(feedUrl(c, 'rss'))}</link><description>${xml('已发布的政务回应')}</description><language>zh-CN</language>${entries.join('')}</channel></rss>`;
}

/**
 * `/api/public/responses.json` (JSON Feed 1.1) and `.rss` (RSS 2.0): published responses for the portal.
 * No sign-in; built from the masked `responses` copy only, so no personal data can appear.
 */
export const publicRoutes = new Hono<AppEnv>()
  .get('/responses.json', validate('query', FeedQuery), async (c) => {
    const items = await feedItems(c, c.req.valid('query').limit);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      version: 'https://jsonfeed.org/version/1.1',
      title: FEED_TITLE,
      home_page_url: `${c.var.ctx.settings.publicUrl}/`,
      feed_url: feedUrl(c, 'json'),
      language: 'zh-CN',
      items: items.map((i) => jsonItem(c, i)),
    });
  })
  .get('/responses.rss', validate('query', FeedQuery), async (c) => {
    const items = await feedItems(c, c.req.valid('query').limit);
    c.header('Cache-Control', 'public, max-age=60');
    c.header('Content-Type', 'application/rss+xml; charset=utf-8');
    return c.body(rss(c, items));
  })
  .get('/responses/:code', validate('param', CodeParam), async (c) => {
    const found = await publicResponseByCode(c.var.ctx.db, c.req.valid('param').code);
    if (!found) throw new AppError('NOT_FOUND');
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(jsonItem(c, masked(found)));
  });
