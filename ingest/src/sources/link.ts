import type { LinkReading } from '@desk/core';
import { readArticle } from './article';
import { problemOf } from './errors';
import { PAGE_ACCEPT } from './fetch';
import type { WebReader } from './web-reader';

/**
 * Read a pasted link like a browser would (robots.txt is for crawlers; a person asked for this page):
 * the main text by readability, under the page's canonical URL. Failures come back as a problem.
 */
export async function readLink(url: string, reader: WebReader, now = new Date()): Promise<LinkReading> {
  try {
    const page = await reader.get(url, { accept: PAGE_ACCEPT });
    const article = readArticle(page.text, page.url, now);
    const publishedAt = article.publishedAt && article.publishedAt <= now ? article.publishedAt : undefined;
    return {
      ok: true,
      url: article.url,
      title: article.title,
      body: article.body,
      author: article.author,
      publishedAt: publishedAt?.toISOString(),
    };
  } catch (error) {
    return { ok: false, problem: problemOf(error, url) };
  }
}
