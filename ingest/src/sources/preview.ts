import {
  PREVIEW_ITEMS,
  type PreviewItem,
  type SourcePreview,
  type SourcePreviewRequest,
  webProblem,
} from '@desk/core';
import { htmlToText } from '../stages/normalize';
import { problemOf } from './errors';
import { PAGE_ACCEPT } from './fetch';
import { readDetailPage } from './html-detail';
import type { ListItem } from './html-list';
import { collectListItems } from './html-pull';
import { collectSitemapEntries, readSitemapPage } from './sitemap-pull';
import type { WebReader } from './web-reader';

/** Text shown in the preview: the body as the pipeline would store it, shortened. */
const shown = (html: string | undefined) => (html ? htmlToText(html).trim().slice(0, 1_000) : undefined);

const listed = (i: ListItem): PreviewItem => ({
  url: i.url,
  title: i.title,
  body: shown(i.html),
  author: i.author,
  publishedAt: i.publishedAt?.toISOString(),
});

async function previewHtml(
  req: Extract<SourcePreviewRequest, { type: 'html' }>,
  reader: WebReader,
  out: SourcePreview,
) {
  const s = { ...req.html, maxPages: 1 };
  const now = new Date();
  const list = await collectListItems(req.url, s, req.encoding ?? null, {
    reader,
    known: async () => new Set(),
    now,
  });
  out.pages = list.pages;
  out.items = list.items.slice(0, PREVIEW_ITEMS).map(listed);
  out.problems.push(...list.warnings);
  out.next = list.next;
  const first = list.items[0];
  if (!first) return;
  if (!req.html.detail) {
    out.detail = listed(first);
    return;
  }
  const page = await reader.get(first.url, { accept: PAGE_ACCEPT, encoding: req.encoding });
  const d = readDetailPage(page.text, page.url, req.html.detail, now);
  out.detail = {
    ...listed(first),
    body: shown(d.body),
    author: d.author ?? first.author,
    likes: d.likes,
    replies: d.replies,
    publishedAt: (d.publishedAt ?? first.publishedAt)?.toISOString(),
  };
}

async function previewSitemap(
  req: Extract<SourcePreviewRequest, { type: 'sitemap' }>,
  reader: WebReader,
  out: SourcePreview,
) {
  const source = {
    url: req.url,
    encoding: req.encoding ?? null,
    sitemap: req.sitemap ?? null,
    lastSuccessAt: null,
  };
  const { entries, pages } = await collectSitemapEntries(source, { reader });
  out.pages = pages;
  out.items = entries
    .slice(0, PREVIEW_ITEMS)
    .map((e) => ({ url: e.loc, title: '', publishedAt: e.lastmod?.toISOString() }));
  const first = entries[0];
  if (!first) return;
  const item = await readSitemapPage(first, source, { reader, now: new Date() });
  out.detail = {
    url: first.loc,
    title: item.title ?? '',
    body: shown(item.body),
    author: item.author,
    publishedAt: item.publishedAt,
    likes: item.likes,
    replies: item.replies,
  };
}

/**
 * Try a web source's settings on the live site without storing anything: the first list page (or
 * sitemap), its first items and the detail of the first, and every problem in Chinese and English.
 */
export async function previewSource(req: SourcePreviewRequest, reader: WebReader): Promise<SourcePreview> {
  const out: SourcePreview = { ok: true, pages: 0, items: [], next: null, detail: null, problems: [] };
  try {
    if (req.type === 'html') await previewHtml(req, reader, out);
    else await previewSitemap(req, reader, out);
  } catch (error) {
    out.problems.push(problemOf(error, req.url));
    out.ok = false;
  }
  if (out.ok && out.items.length === 0) {
    out.ok = false;
    out.problems.push(webProblem('selector-empty', { field: 'sitemap.pathPrefix', url: req.url }));
  }
  return out;
}
