import { type HtmlSelectors, type WebProblem, webProblem } from '@desk/core';
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { parseChineseTime } from './chinese-time';
import { pageFailure } from './errors';
import { hrefOf, htmlOf, loadPage, type Page, select, textOf, timeTextOf } from './html-select';

/** One entry of a list page: the link to its detail page and what the list shows of it. */
export interface ListItem {
  url: string;
  title: string;
  /** HTML of the whole list entry: the body when the source reads no detail page. */
  html: string;
  author?: string;
  publishedAt?: Date;
}

export interface ListPage {
  items: ListItem[];
  /** The next list page by the `next` selector (null on the last page or without `next`). */
  next: string | null;
  /** Optional selectors that matched nothing on this page (time, author): the preview shows them. */
  warnings: WebProblem[];
}

type Field = 'link' | 'title' | 'time' | 'author';

function readItem(page: Page, el: Cheerio<Element>, s: HtmlSelectors, now: Date, seen: Set<Field>) {
  const link = hrefOf(select(page, s.link, 'link', el), page.base);
  const title = textOf(select(page, s.title, 'title', el));
  const time = s.time ? timeTextOf(select(page, s.time, 'time', el)) : undefined;
  const author = s.author ? textOf(select(page, s.author, 'author', el)) : undefined;
  if (link) seen.add('link');
  if (title) seen.add('title');
  if (time) seen.add('time');
  if (author) seen.add('author');
  if (!link) return null;
  const publishedAt = parseChineseTime(time, now) ?? undefined;
  return { url: link, title, html: htmlOf(page, el), author: author || undefined, publishedAt };
}

/**
 * The items of one list page, in page order. A layout change is an error, never a guess: `item`
 * matching nothing, or no item with a link or a title, fails the page (nothing is stored from it).
 */
export function readListPage(html: string, url: string, s: HtmlSelectors, now = new Date()): ListPage {
  const page = loadPage(html, url);
  const entries = select(page, s.item, 'item');
  if (entries.length === 0) throw pageFailure('selector-empty', { field: 'item', selector: s.item, url });
  const seen = new Set<Field>();
  const items: ListItem[] = [];
  const urls = new Set<string>();
  for (const el of entries.toArray()) {
    const item = readItem(page, page.$(el), s, now, seen);
    if (item && !urls.has(item.url)) {
      urls.add(item.url);
      items.push(item);
    }
  }
  for (const field of ['link', 'title'] as const)
    if (!seen.has(field)) throw pageFailure('selector-empty', { field, selector: s[field], url });
  const warnings = (['time', 'author'] as const)
    .filter((field) => s[field] && !seen.has(field))
    .map((field) => webProblem('selector-empty', { field, selector: s[field], url }));
  const next = s.next ? hrefOf(select(page, s.next, 'next'), page.base) : null;
  return { items, next: next === url ? null : next, warnings };
}
