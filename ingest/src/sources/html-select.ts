import { type Cheerio, type CheerioAPI, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { pageFailure } from './errors';

/**
 * cheerio helpers shared by list, detail and sitemap pages. Pages are parsed with parse5 (cheerio's
 * default), as a browser does: selectors copied from the browser's developer tools then match, e.g.
 * the <tbody> a browser adds to every table.
 */
export interface Page {
  $: CheerioAPI;
  /** The page URL, or its <base href>: relative links resolve against it. */
  base: string;
}

export function loadPage(html: string, url: string): Page {
  const $ = load(html);
  const declared = $('base[href]').first().attr('href');
  return { $, base: (declared && httpUrl(declared, url)) || url };
}

/** An absolute http(s) URL, or null (javascript:, mailto:, garbage). */
export function httpUrl(href: string | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Elements matching a selector: in the page, or in an item (the item itself, else its descendants, so
 * an item that is the link works). A selector cheerio cannot run is the source's problem.
 */
export function select(
  page: Page,
  selector: string,
  field: string,
  scope?: Cheerio<AnyNode>,
): Cheerio<Element> {
  try {
    if (!scope) return page.$(selector) as Cheerio<Element>;
    const own = scope.filter(selector) as Cheerio<Element>;
    return own.length ? own : scope.find(selector);
  } catch (error) {
    throw pageFailure('selector-invalid', { field, selector, detail: (error as Error).message });
  }
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Visible text of the first match; its `title` attribute wins over a text cut short with "…". */
export function textOf(found: Cheerio<Element>): string {
  const first = found.first();
  const text = squash(first.text());
  const title = squash(first.attr('title') ?? '');
  return title.length > text.length || (title && /(…|\.\.\.)$/.test(text)) ? title : text;
}

/** The link of an element: its own href, a link inside it, or the link around it. */
export function hrefOf(found: Cheerio<Element>, base: string): string | null {
  const first = found.first();
  const href =
    first.attr('href') ?? first.find('a[href]').first().attr('href') ?? first.closest('a[href]').attr('href');
  return httpUrl(href, base);
}

/** Time text of an element: a machine `datetime` or `title` attribute first, else what it shows. */
export function timeTextOf(found: Cheerio<Element>): string | undefined {
  const first = found.first();
  if (!first.length) return undefined;
  return first.attr('datetime') ?? first.attr('data-time') ?? (squash(first.text()) || first.attr('title'));
}

/** A like or reply count as pages show it: "12", "回复(12)", "1.2万", "3,400". */
export function countOf(found: Cheerio<Element>): number | undefined {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(万|w|k|千)?/i.exec(squash(found.first().text()));
  if (!match) return undefined;
  const n = Number(match[1]!.replace(/,/g, ''));
  const unit = match[2]?.toLowerCase();
  const scaled = unit === '万' || unit === 'w' ? n * 10_000 : unit === 'k' || unit === '千' ? n * 1_000 : n;
  return Number.isFinite(scaled) ? Math.round(scaled) : undefined;
}

/** HTML of the first match without scripts, styles and forms (the pipeline turns it into text). */
export function htmlOf(page: Page, found: Cheerio<Element>): string {
  const copy = found.first().clone();
  copy.find('script, style, noscript, iframe, form, button').remove();
  return page.$.html(copy);
}

/** A page's own title: its og:title, else its first <h1>, else <title>. */
export function pageTitle(page: Page): string {
  const { $ } = page;
  return (
    squash($('meta[property="og:title"]').attr('content') ?? '') ||
    squash($('h1').first().text()) ||
    squash($('title').first().text())
  );
}
