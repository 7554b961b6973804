import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseChineseTime } from './chinese-time';
import { pageFailure } from './errors';
import { httpUrl } from './html-select';

/** The main text of a web page, found by readability: what a pasted link or a sitemap page yields. */
export interface Article {
  /** The page's declared canonical URL (or the fetched one): one message per canonical URL. */
  url: string;
  title: string;
  /** HTML of the main text (the pipeline turns it into plain text). */
  body: string;
  author?: string;
  publishedAt?: Date;
}

/** Chinese posts are dense: 50 characters is a real message, readability's default wants 500. */
const MIN_ARTICLE_CHARS = 50;
const TIME_META = [
  'meta[property="article:published_time"]',
  'meta[name="PubDate"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[itemprop="datePublished"]',
];

/** The part of linkedom's document read here (the project compiles without the DOM lib). */
interface Doc {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null; remove(): void } | null;
}

const metaContent = (document: Doc, selector: string) =>
  document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

function canonicalOf(document: Doc, url: string): string {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(document, 'meta[property="og:url"]');
  return httpUrl(declared ?? undefined, url) ?? url;
}

/** "标题_瓷都新闻网", "标题 - 某某网": the page heading, else the title without the site's name. */
function cleanTitle(title: string, heading: string | undefined): string {
  if (heading && title.includes(heading)) return heading;
  const cut = /^(.{5,}?)\s*[_|｜—–-]\s*[^_|｜—–-]{2,20}$/.exec(title);
  return (cut?.[1] ?? title).trim();
}

function publishedOf(document: Doc, readabilityTime: string | null | undefined, now: Date) {
  const texts = [readabilityTime, ...TIME_META.map((s) => metaContent(document, s))];
  for (const text of texts) {
    const date = parseChineseTime(text, now);
    if (date) return date;
  }
  return undefined;
}

/**
 * Extract the main text with @mozilla/readability over a linkedom document (a small DOM; jsdom is not
 * needed). Canonical URL and time are read before readability, which rewrites the document it reads.
 */
export function readArticle(html: string, url: string, now = new Date()): Article {
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const canonical = canonicalOf(document, url);
  const headTime = publishedOf(document, undefined, now);
  const h1 = document.querySelector('h1');
  const heading = h1?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  // The page's own heading is the message's title, not the first line of its body (readability keeps it
  // when the <title> adds the site's name without spaces, as "标题_瓷都新闻网").
  if (heading && document.querySelector('title')?.textContent?.includes(heading)) h1?.remove();
  const article = new Readability(document, {
    charThreshold: MIN_ARTICLE_CHARS,
  }).parse();
  const text = article?.textContent?.replace(/\s+/g, '') ?? '';
  if (!article?.content || text.length < 10) throw pageFailure('no-article', { url });
  return {
    url: canonical,
    title: cleanTitle((article.title ?? '').trim(), heading),
    body: article.content,
    author: article.byline?.trim() || undefined,
    publishedAt: headTime ?? publishedOf(document, article.publishedTime, now),
  };
}
