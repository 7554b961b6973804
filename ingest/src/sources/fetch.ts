import { PermanentIngestError, RetryableIngestError } from './errors';

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs: number;
  maxBytes: number;
}

export type FetchResult =
  | { notModified: true }
  | {
      notModified: false;
      bytes: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

const USER_AGENT = 'OpinionDesk/0.1 (government public-opinion desk; polite feed reader)';

/**
 * Fetch a feed with a conditional GET (ETag / Last-Modified), a timeout and a size cap that stops
 * reading as soon as the body passes it. Network trouble, 429 and 5xx are retryable; other statuses,
 * oversize bodies and bad URLs are permanent.
 */
export async function fetchFeed(request: FetchRequest): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'User-Agent': USER_AGENT,
    Accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml;q=0.9, */*;q=0.5',
  };
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new RetryableIngestError(`timed out after ${request.timeoutMs} ms`)),
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
        : new RetryableIngestError(`network error: ${describe(error)}`);
    });
    if (response.status === 304) return { notModified: true };
    if (response.status === 429 || response.status >= 500)
      throw new RetryableIngestError(`HTTP ${response.status} ${response.statusText}`);
    if (!response.ok) throw new PermanentIngestError(`HTTP ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > request.maxBytes) throw tooLarge(request.maxBytes);
    const bytes = await readCapped(response, request.maxBytes, controller);
    return {
      notModified: false,
      bytes,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}

const tooLarge = (max: number) =>
  new PermanentIngestError(`feed body larger than ${Math.round(max / 1024)} KiB`);

async function readCapped(
  response: Response,
  maxBytes: number,
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
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PermanentIngestError) throw error;
    throw controller.signal.aborted && controller.signal.reason instanceof Error
      ? controller.signal.reason
      : new RetryableIngestError(`network error while reading: ${describe(error)}`);
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
