import { parse as parseSelector } from 'css-what';
import { z } from 'zod';

/** Web pages read without a feed (issue 14): selectors for list-and-detail sites, sitemap options. */

/** A CSS selector as cheerio takes it; css-what checks the syntax so a typo is refused on save. */
const selector = z
  .string()
  .trim()
  .min(1)
  .max(256)
  .refine((value) => {
    try {
      return parseSelector(value).length > 0;
    } catch {
      return false;
    }
  }, 'not a CSS selector');

/** Most list pages one pull reads: politeness, and a layout loop must not crawl a whole site. */
export const MAX_LIST_PAGES = 20;
export const DEFAULT_LIST_PAGES = 5;

/** On the detail page of each item; a missing `detail` means the list item's own text is the body. */
export const DetailSelectorsSchema = z
  .object({
    body: selector,
    time: selector.optional(),
    author: selector.optional(),
    likes: selector.optional(),
    replies: selector.optional(),
  })
  .strict();
export type DetailSelectors = z.infer<typeof DetailSelectorsSchema>;

/** `https://bbs.example.cn/list_{page}.html`, absolute or relative to the source URL; page 1 is the URL. */
const pageTemplate = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    if (!value.includes('{page}')) return false;
    try {
      return /^https?:$/.test(new URL(value.replaceAll('{page}', '2'), 'http://base.invalid/').protocol);
    } catch {
      return false;
    }
  }, 'a URL with {page} in it');

/**
 * `item` and `next` apply to the list page, the other list selectors inside each item; `link` and
 * `next` take the element's href resolved against the page URL. Pagination follows `next` or fills
 * `pageTemplate`, at most `maxPages` pages per pull.
 */
export const HtmlSelectorsSchema = z
  .object({
    item: selector,
    link: selector,
    title: selector,
    time: selector.optional(),
    author: selector.optional(),
    next: selector.optional(),
    pageTemplate: pageTemplate.optional(),
    maxPages: z.number().int().min(1).max(MAX_LIST_PAGES).optional(),
    detail: DetailSelectorsSchema.optional(),
  })
  .strict()
  .refine((s) => !(s.next && s.pageTemplate), {
    message: 'either next or pageTemplate, not both',
    path: ['pageTemplate'],
  });
export type HtmlSelectors = z.infer<typeof HtmlSelectorsSchema>;

/** Most pages of a sitemap read per pull (the newest by lastmod first). */
export const MAX_SITEMAP_PAGES = 200;
export const DEFAULT_SITEMAP_PAGES = 30;

/**
 * A sitemap or sitemap index: `pathPrefix` keeps article pages (`/news/`), `detail` selectors read
 * them; without `detail` the main text is found by readability, as for a pasted link.
 */
export const SitemapOptionsSchema = z
  .object({
    pathPrefix: z.string().trim().startsWith('/').max(256).optional(),
    maxPages: z.number().int().min(1).max(MAX_SITEMAP_PAGES).optional(),
    detail: DetailSelectorsSchema.optional(),
  })
  .strict();
export type SitemapOptions = z.infer<typeof SitemapOptionsSchema>;

/**
 * Why reading a web page failed or found nothing, in Chinese and English: shown by the preview and
 * kept as a source's last error. One list for the fetch, the robots check and the selectors.
 */
export const webProblems = {
  'robots-disallowed': { zh: 'robots.txt 不允许抓取该地址', en: 'robots.txt disallows this address' },
  'selector-empty': { zh: '选择器没有匹配到任何内容', en: 'The selector matched nothing' },
  'selector-invalid': { zh: '选择器无法使用', en: 'The selector cannot be used' },
  timeout: { zh: '网站响应超时', en: 'The site did not answer in time' },
  'http-status': { zh: '网站返回错误状态', en: 'The site answered with an error status' },
  network: { zh: '无法连接网站', en: 'The site could not be reached' },
  encoding: { zh: '无法识别网页的文字编码', en: 'The text encoding of the page is wrong or unknown' },
  'too-large': { zh: '网页内容过大', en: 'The page is too large' },
  'not-html': { zh: '地址返回的不是网页', en: 'The address did not return a web page' },
  'not-sitemap': { zh: '地址返回的不是站点地图', en: 'The address did not return a sitemap' },
  'no-article': { zh: '未能从网页中提取正文', en: 'No main text was found on the page' },
  'private-address': {
    zh: '不允许抓取内网或本机地址',
    en: 'Addresses on private networks or this machine are not fetched',
  },
} as const;
export type WebProblemCode = keyof typeof webProblems;

/** One problem as the preview reports it: the code, its text, and where (a selector name, a URL). */
export interface WebProblem extends WebProblemPlace {
  code: WebProblemCode;
  message: string;
}

/** Where a problem happened: the setting (`item`, `detail.body`) with its selector, or the URL. */
export interface WebProblemPlace {
  field?: string;
  selector?: string;
  url?: string;
  detail?: string;
}

/** The problem with its text: "选择器没有匹配到任何内容：item「li.row」 (The selector matched nothing: item "li.row")". */
export function webProblem(code: WebProblemCode, place: WebProblemPlace = {}): WebProblem {
  const { zh, en } = webProblems[code];
  const what = place.field ? `${place.field}${place.selector ? ` "${place.selector}"` : ''}` : '';
  const where = [what, place.url, place.detail].filter(Boolean).join(', ');
  const message = where ? `${zh}：${where} (${en}: ${where})` : `${zh} (${en})`;
  return { code, message, ...place };
}

/** A pasted link as read: the message the desk will store, or why the page could not be read. */
export type LinkReading =
  | { ok: true; url: string; title: string; body: string; author?: string; publishedAt?: string }
  | { ok: false; problem: WebProblem };

/** What a list item or detail page yielded, as the preview shows it (times as ISO text). */
export interface PreviewItem {
  url: string;
  title: string;
  body?: string;
  author?: string;
  publishedAt?: string;
  likes?: number;
  replies?: number;
}

/** The first items a preview shows. */
export const PREVIEW_ITEMS = 10;

/** `POST /api/sources/preview`: the first items of the live site and the detail of the first. */
export interface SourcePreview {
  ok: boolean;
  pages: number;
  items: PreviewItem[];
  /** The second list page the pagination leads to (null on a single page). */
  next: string | null;
  detail: PreviewItem | null;
  problems: WebProblem[];
}
