import { DEFAULT_SITEMAP_PAGES, type RawItem, type SitemapOptions } from '@desk/core';
import { readArticle } from './article';
import { PAGE_ACCEPT, SITEMAP_ACCEPT } from './fetch';
import { readDetailPage } from './html-detail';
import { byTime, type WebPullDeps, type WebPullResult } from './html-pull';
import { loadPage, pageTitle } from './html-select';
import { readEach } from './read-each';
import { newestFirst, parseSitemap, type SitemapEntry } from './sitemap';

/** Child sitemaps read per pull from an index (the most recently changed ones). */
const MAX_CHILD_SITEMAPS = 10;
/** Dates in sitemaps are often days only: look back a day before the last successful pull. */
const LASTMOD_MARGIN_MS = 86_400_000;

export interface SitemapSource {
  url: string;
  encoding: string | null;
  sitemap: SitemapOptions | null;
  lastSuccessAt: Date | null;
}

const changedSince = (entry: SitemapEntry, since: number | undefined) =>
  since === undefined || !entry.lastmod || entry.lastmod.getTime() >= since;

/** The page entries of a sitemap, or of the recently changed sitemaps of an index (one level). */
export async function collectSitemapEntries(source: SitemapSource, deps: Pick<WebPullDeps, 'reader'>) {
  const since = source.lastSuccessAt ? source.lastSuccessAt.getTime() - LASTMOD_MARGIN_MS : undefined;
  const read = async (url: string) => {
    const page = await deps.reader.get(url, { accept: SITEMAP_ACCEPT, encoding: source.encoding });
    return parseSitemap(page.text, page.url);
  };
  const top = await read(source.url);
  let pages = 1;
  let urls = top.kind === 'urlset' ? top.urls : [];
  if (top.kind === 'index') {
    const children = newestFirst(top.sitemaps.filter((s) => changedSince(s, since)));
    for (const child of children.slice(0, MAX_CHILD_SITEMAPS)) {
      const map = await read(child.loc);
      pages++;
      if (map.kind === 'urlset') urls = urls.concat(map.urls);
    }
  }
  const prefix = source.sitemap?.pathPrefix;
  const wanted = urls.filter(
    (u) => changedSince(u, since) && (!prefix || new URL(u.loc).pathname.startsWith(prefix)),
  );
  return { entries: newestFirst(wanted), pages };
}

/** One page of a sitemap: by the detail selectors when the source has them, else by readability. */
export async function readSitemapPage(
  entry: SitemapEntry,
  source: SitemapSource,
  deps: Pick<WebPullDeps, 'reader' | 'now'>,
): Promise<RawItem> {
  const page = await deps.reader.get(entry.loc, { accept: PAGE_ACCEPT, encoding: source.encoding });
  const detail = source.sitemap?.detail;
  const read = detail
    ? {
        ...readDetailPage(page.text, page.url, detail, deps.now),
        title: pageTitle(loadPage(page.text, page.url)),
      }
    : readArticle(page.text, page.url, deps.now);
  const publishedAt = read.publishedAt ?? entry.lastmod;
  return {
    // The sitemap's loc is the page's canonical address: the next pull recognises it by that.
    url: entry.loc,
    title: read.title,
    body: read.body,
    author: read.author,
    publishedAt: publishedAt && publishedAt <= deps.now ? publishedAt.toISOString() : undefined,
    likes: 'likes' in read ? read.likes : undefined,
    replies: 'replies' in read ? read.replies : undefined,
    kind: 'web',
    channel: 'web',
  };
}

/** One pull of a sitemap source: the newest pages not stored before, read oldest first. */
export async function pullSitemap(source: SitemapSource, deps: WebPullDeps): Promise<WebPullResult> {
  const { entries, pages } = await collectSitemapEntries(source, deps);
  const known = await deps.known(entries.map((e) => e.loc));
  const fresh = entries
    .filter((e) => !known.has(e.loc))
    .slice(0, source.sitemap?.maxPages ?? DEFAULT_SITEMAP_PAGES);
  const read = await readEach(
    fresh.reverse(),
    (entry) => entry.loc,
    (entry) => readSitemapPage(entry, source, deps),
    deps.deadline,
  );
  return { ...read, items: byTime(read.items), pages: pages + read.items.length + read.skipped.length };
}
