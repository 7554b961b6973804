import { type WebProblemCode, webProblem } from '@desk/core';
import { PermanentIngestError, RetryableIngestError } from './errors';

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs: number;
  maxBytes: number;
  /** Names the desk and its contact (see `userAgent`); the default has no contact. */
  userAgent?: string;
  /** What the caller can read; feeds by default. */
  accept?: string;
}

export type FetchResult =
  | { notModified: true }
  | {
      notModified: false;
      bytes: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** After redirects: relative links on the page resolve against this. */
      url: string;
    };

/** Sites see who reads them and whom to write to (DESK_CRAWLER_CONTACT: an e-mail or a web page). */
export function userAgent(contact?: string): string {
  const reach = contact ? (contact.includes('@') ? `; mailto:${contact}` : `; +${contact}`) : '';
  return `OpinionDesk/0.1 (government public-opinion desk; polite reader${reach})`;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml;q=0.9, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
export const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.5';

const retryable = (code: WebProblemCode, url: string, detail: string) =>
  new RetryableIngestError(detail, webProblem(code, { url, detail }));
const permanent = (code: WebProblemCode, url: string, detail: string) =>
  new PermanentIngestError(detail, webProblem(code, { url, detail }));

/**
 * Fetch a feed or page with a conditional GET (ETag / Last-Modified), a timeout and a size cap that stops
 * reading as soon as the body passes it. Network trouble, 429 and 5xx are retryable; other statuses,
 * oversize bodies and bad URLs are permanent.
 */
export async function fetchFeed(request: FetchRequest): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'User-Agent': request.userAgent ?? userAgent(),
    Accept: request.accept ?? FEED_ACCEPT,
  };
  const { url } = request;
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(retryable('timeout', url, `timed out after ${request.timeoutMs} ms`)),
    request.timeoutMs,
  );
  try {
    const response = await fetch(request.url, {
      headers,
      signal: controller.signal,
      redirect: 'follow',
    }).catch((error: unknown) => {
      throw controller.signal.aborted
        ? controller.signal.reason
        : retryable('network', url, `network error: ${describe(error)}`);
    });
    if (response.status === 304) return { notModified: true };
    if (response.status === 429 || response.status >= 500)
      throw retryable('http-status', url, `HTTP ${response.status} ${response.statusText}`);
    if (!response.ok) throw permanent('http-status', url, `HTTP ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > request.maxBytes) throw tooLarge(url, request.maxBytes);
    const bytes = await readCapped(response, request, controller);
    return {
      notModified: false,
      bytes,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      url: response.url || url,
    };
  } finally {
    clearTimeout(timer);
  }
}

const tooLarge = (url: string, max: number) =>
  permanent('too-large', url, `body larger than ${Math.round(max / 1024)} KiB`);

async function readCapped(
  response: Response,
  { url, maxBytes }: FetchRequest,
  controller: AbortController,
): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PermanentIngestError) throw error;
    throw controller.signal.aborted && controller.signal.reason instanceof Error
      ? controller.signal.reason
      : retryable('network', url, `network error while reading: ${describe(error)}`);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
