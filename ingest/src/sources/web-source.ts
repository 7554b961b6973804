import { type HtmlSelectors, type SitemapOptions, urlDedupeKey } from '@desk/core';
import { type Db, existingDedupeKeys } from '@desk/core/store';
import { canonicalUrl } from '@desk/core/text';
import type { Redis } from '@desk/queue';
import type { IngestTuning } from '../tuning';
import { pageFailure } from './errors';
import { pullHtml, type WebPullResult } from './html-pull';
import { pullSitemap } from './sitemap-pull';
import { createWebReader, type WebReader } from './web-reader';

/** What reading web pages needs from the worker. */
export interface WebDeps {
  db: Db;
  redis: Redis;
  prefix: string;
  tuning: IngestTuning;
  userAgent: string;
  /** Let pasted links reach private-network addresses. */
  privateAddresses?: boolean;
}

export interface WebSourceRow {
  id: number;
  type: string;
  url: string | null;
  encoding: string | null;
  html: HtmlSelectors | null;
  sitemap: SitemapOptions | null;
  lastSuccessAt: Date | null;
}

export const isWebSource = (type: string): boolean => type === 'html' || type === 'sitemap';

/** A reader with the worker's limits: robots.txt for scheduled pulls and previews, not for pasted links. */
export function readerFor(deps: WebDeps, robots: boolean): WebReader {
  return createWebReader({
    redis: deps.redis,
    prefix: deps.prefix,
    hostGapMs: deps.tuning.hostGapMs,
    timeoutMs: deps.tuning.fetchTimeoutMs,
    maxBytes: deps.tuning.maxPageBytes,
    userAgent: deps.userAgent,
    robots,
    publicOnly: !robots && !deps.privateAddresses,
  });
}

/** The page URLs a source already stored, looked up by the same key the pipeline stores them under. */
export function knownUrls(db: Db, sourceId: number) {
  return async (urls: string[]): Promise<Set<string>> => {
    const keyOf = (url: string) => urlDedupeKey(canonicalUrl(url) ?? url);
    const found = await existingDedupeKeys(db, sourceId, urls.map(keyOf));
    return new Set(urls.filter((url) => found.has(keyOf(url))));
  };
}

/** One scheduled pull of an html or sitemap source (robots.txt honoured, new pages only). */
export async function pullWebSource(source: WebSourceRow, deps: WebDeps): Promise<WebPullResult> {
  const pull = {
    reader: readerFor(deps, true),
    known: knownUrls(deps.db, source.id),
    now: new Date(),
    deadline: Date.now() + deps.tuning.webPullBudgetMs,
  };
  const url = source.url!;
  if (source.type === 'sitemap') return pullSitemap({ ...source, url }, pull);
  if (!source.html) throw pageFailure('selector-empty', { field: 'item', detail: 'no selectors configured' });
  return pullHtml({ url, encoding: source.encoding, html: source.html }, pull);
}
