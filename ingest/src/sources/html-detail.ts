import type { DetailSelectors } from '@desk/core';
import { parseChineseTime } from './chinese-time';
import { pageFailure } from './errors';
import { countOf, htmlOf, loadPage, select, textOf, timeTextOf } from './html-select';

/** What a detail page adds to its list entry; the body is HTML (the pipeline makes it text). */
export interface DetailPage {
  body: string;
  author?: string;
  publishedAt?: Date;
  likes?: number;
  replies?: number;
}

/**
 * Read a detail page. The body is the FIRST match: on a forum thread that is the opening post, the
 * replies after it are other people's words. A body selector matching nothing fails the page.
 */
export function readDetailPage(html: string, url: string, s: DetailSelectors, now = new Date()): DetailPage {
  const page = loadPage(html, url);
  const body = select(page, s.body, 'detail.body');
  const bodyHtml = body.length ? htmlOf(page, body) : '';
  if (!body.length || !body.first().text().trim())
    throw pageFailure('selector-empty', { field: 'detail.body', selector: s.body, url });
  const time = s.time ? timeTextOf(select(page, s.time, 'detail.time')) : undefined;
  return {
    body: bodyHtml,
    author: (s.author && textOf(select(page, s.author, 'detail.author'))) || undefined,
    publishedAt: parseChineseTime(time, now) ?? undefined,
    likes: s.likes ? countOf(select(page, s.likes, 'detail.likes')) : undefined,
    replies: s.replies ? countOf(select(page, s.replies, 'detail.replies')) : undefined,
  };
}
