import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseChineseTime } from './chinese-time';
import { pageFailure } from './errors';
import { httpUrl } from './html-select';

/** One `<url>` or `<sitemap>` entry: its page (or child sitemap) and when it last changed. */
export interface SitemapEntry {
  loc: string;
  lastmod?: Date;
}

export type Sitemap = { kind: 'index'; sitemaps: SitemapEntry[] } | { kind: 'urlset'; urls: SitemapEntry[] };

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

type Node = Record<string, unknown>;

/** Entries on the sitemap's own host only (the protocol's rule; also keeps a sitemap from steering us). */
function entries(nodes: unknown, sitemapUrl: string): SitemapEntry[] {
  const host = new URL(sitemapUrl).host;
  return ((nodes as Node[] | undefined) ?? []).flatMap((node) => {
    const loc = httpUrl(String(node.loc ?? ''), sitemapUrl);
    if (!loc || new URL(loc).host !== host) return [];
    const lastmod = parseChineseTime(node.lastmod ? String(node.lastmod) : undefined) ?? undefined;
    return [{ loc, lastmod }];
  });
}

/** A sitemap (`<urlset>`) or a sitemap index (`<sitemapindex>`); anything else is not a sitemap. */
export function parseSitemap(xml: string, url: string): Sitemap {
  if (XMLValidator.validate(xml) !== true) throw pageFailure('not-sitemap', { url, detail: 'malformed XML' });
  const doc = parser.parse(xml) as Node;
  const index = doc.sitemapindex as Node | undefined;
  if (index) return { kind: 'index', sitemaps: entries(index.sitemap, url) };
  const urlset = doc.urlset as Node | undefined;
  if (urlset) return { kind: 'urlset', urls: entries(urlset.url, url) };
  throw pageFailure('not-sitemap', { url, detail: 'no <urlset> or <sitemapindex>' });
}

/** Newest first by lastmod; entries without one keep their order after those with one. */
export const newestFirst = (list: SitemapEntry[]): SitemapEntry[] =>
  list
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (b.entry.lastmod?.getTime() ?? -1) - (a.entry.lastmod?.getTime() ?? -1) || a.i - b.i)
    .map((x) => x.entry);
