import { DEFAULT_LIST_PAGES, type HtmlSelectors, type RawItem, type WebProblem } from '@desk/core';
import { PAGE_ACCEPT } from './fetch';
import { readDetailPage } from './html-detail';
import { type ListItem, type ListPage, readListPage } from './html-list';
import { readEach } from './read-each';
import type { WebReader } from './web-reader';

export interface WebPullDeps {
  reader: WebReader;
  /** Which of these page URLs the source already stored (its messages' canonical URLs). */
  known(urls: string[]): Promise<Set<string>>;
  now: Date;
  /** Stop reading detail pages after this instant; the rest waits for the next pull. */
  deadline: number;
}

export interface WebPullResult {
  /** Oldest first, so messages are stored in the order they were written. */
  items: RawItem[];
  pages: number;
  /** Items left out this time (detail page gone, robots.txt), each with why. */
  skipped: WebProblem[];
  /** A retryable failure after some items were read: they are handed on, then the pull retries. */
  error?: unknown;
}

/** The URL of list page `n` (2, 3, …): the `next` link of the page before, or the URL template. */
function nextListUrl(s: HtmlSelectors, list: ListPage, sourceUrl: string, n: number): string | null {
  if (s.pageTemplate) return new URL(s.pageTemplate.replaceAll('{page}', String(n)), sourceUrl).toString();
  return list.next;
}

/** Entries robots.txt lets us read: the others are neither new nor known, and never requested. */
async function allowedItems(items: ListItem[], reader: WebReader): Promise<ListItem[]> {
  const allowed = await Promise.all(items.map((item) => reader.allowed(item.url)));
  return items.filter((_, i) => allowed[i]);
}

/**
 * Walk the list pages, newest first, and keep the entries not stored before. A page whose last entry
 * is known ends the walk: what follows is older (pinned entries at the top do not stop it).
 */
export async function collectListItems(
  url: string,
  s: HtmlSelectors,
  encoding: string | null,
  deps: Pick<WebPullDeps, 'reader' | 'known' | 'now'>,
) {
  const fresh: ListItem[] = [];
  const seen = new Set<string>();
  const warnings: WebProblem[] = [];
  let pageUrl: string | null = url;
  let pages = 0;
  while (pageUrl && pages < (s.maxPages ?? DEFAULT_LIST_PAGES) && !seen.has(`page:${pageUrl}`)) {
    seen.add(`page:${pageUrl}`);
    const page = await deps.reader.get(pageUrl, { accept: PAGE_ACCEPT, encoding });
    const list = readListPage(page.text, page.url, s, deps.now);
    pages++;
    warnings.push(...list.warnings);
    const readable = await allowedItems(list.items, deps.reader);
    const known = await deps.known(readable.map((i) => i.url));
    for (const item of readable)
      if (!known.has(item.url) && !seen.has(item.url)) {
        seen.add(item.url);
        fresh.push(item);
      }
    if (known.has(readable.at(-1)?.url ?? '')) return { items: fresh, pages, warnings, next: null };
    pageUrl = nextListUrl(s, list, url, pages + 1);
  }
  // Where the walk would go on: the preview shows it to prove the pagination works.
  return { items: fresh, pages, warnings, next: pageUrl };
}

/** Items already oldest first by page order, sorted by time when every item has one (stable). */
export function byTime<T extends { publishedAt?: string }>(items: T[]): T[] {
  if (!items.every((i) => i.publishedAt)) return items;
  return [...items].sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
}

const iso = (date: Date | undefined, now: Date) =>
  date && date.getTime() <= now.getTime() + 86_400_000 ? date.toISOString() : undefined;

async function withDetail(item: ListItem, s: HtmlSelectors, encoding: string | null, deps: WebPullDeps) {
  const detail = s.detail
    ? await deps.reader
        .get(item.url, { accept: PAGE_ACCEPT, encoding })
        .then((page) => readDetailPage(page.text, page.url, s.detail!, deps.now))
    : undefined;
  return {
    url: item.url,
    title: item.title,
    body: detail?.body ?? item.html,
    author: detail?.author ?? item.author,
    publishedAt: iso(detail?.publishedAt ?? item.publishedAt, deps.now),
    likes: detail?.likes,
    replies: detail?.replies,
    kind: 'web',
    channel: 'web',
  } satisfies RawItem;
}

/** One pull of an html source: new list entries, each completed from its detail page, oldest first. */
export async function pullHtml(
  source: { url: string; encoding: string | null; html: HtmlSelectors },
  deps: WebPullDeps,
): Promise<WebPullResult> {
  const list = await collectListItems(source.url, source.html, source.encoding, deps);
  const read = await readEach(
    [...list.items].reverse(),
    (item) => item.url,
    (item) => withDetail(item, source.html, source.encoding, deps),
    deps.deadline,
  );
  return { ...read, items: byTime(read.items), pages: list.pages };
}
