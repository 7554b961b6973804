import { gunzipSync } from 'node:zlib';
import type { Redis } from '@desk/queue';
import { decodeBody } from './decode';
import { isPermanent, pageFailure } from './errors';
import { fetchFeed } from './fetch';
import { waitForHostSlot } from './host-gate';
import { assertPublicHost } from './public-host';
import { parseRobots, ROBOTS_CACHE_SECONDS, type RobotsFile, type RobotsRules, robotsFileOf } from './robots';

export interface WebReaderOptions {
  redis: Redis;
  prefix: string;
  hostGapMs: number;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Honour robots.txt (scheduled sources and the preview); a pasted link is read like a browser would. */
  robots: boolean;
  /** Refuse private-network and loopback addresses (pasted links, unless configured otherwise). */
  publicOnly?: boolean;
}

export interface WebPage {
  text: string;
  /** After redirects. */
  url: string;
  contentType: string | null;
}

/** Reads pages politely: robots.txt, one request per host per gap (or its Crawl-delay), size and time caps. */
export interface WebReader {
  get(url: string, options: { accept: string; encoding?: string | null }): Promise<WebPage>;
  /** Whether robots.txt lets the desk read this URL (always, for a reader that ignores robots.txt). */
  allowed(url: string): Promise<boolean>;
  /** Requests sent so far (robots.txt included). */
  readonly requests: number;
}

const GZIP = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Sitemaps are often served as .xml.gz files (not as a Content-Encoding fetch undoes). */
function gunzip(bytes: Buffer, url: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    throw pageFailure(error instanceof RangeError ? 'too-large' : 'encoding', { url });
  }
}

export function createWebReader(options: WebReaderOptions): WebReader {
  const rules = new Map<string, Promise<RobotsRules>>();
  let requests = 0;

  async function fetchPolitely(url: string, accept: string, gapMs: number) {
    if (options.publicOnly) await assertPublicHost(url);
    await waitForHostSlot(options.redis, options.prefix, new URL(url).host, gapMs);
    requests++;
    const { timeoutMs, maxBytes, userAgent } = options;
    const result = await fetchFeed({ url, accept, timeoutMs, maxBytes, userAgent });
    if (result.notModified) throw new Error('unexpected 304 without validators');
    return result;
  }

  async function loadRobots(origin: string): Promise<RobotsRules> {
    const key = `${options.prefix}:robots:${origin}`;
    const cached = await options.redis.get(key).catch(() => null);
    if (cached) return parseRobots(origin, JSON.parse(cached) as RobotsFile);
    const file = await fetchPolitely(`${origin}/robots.txt`, 'text/plain', options.hostGapMs).then(
      (r) => robotsFileOf(200, r.bytes.toString('utf8')),
      (error) => {
        if (isPermanent(error) && error.problem?.code === 'http-status') return robotsFileOf(404, '');
        throw error;
      },
    );
    await options.redis.set(key, JSON.stringify(file), 'EX', ROBOTS_CACHE_SECONDS).catch(() => {});
    return parseRobots(origin, file);
  }

  async function robotsFor(url: string): Promise<RobotsRules | null> {
    if (!options.robots) return null;
    const { origin } = new URL(url);
    let found = rules.get(origin);
    if (!found) {
      found = loadRobots(origin);
      rules.set(origin, found);
      found.catch(() => rules.delete(origin));
    }
    const robots = await found;
    if (!robots.isAllowed(url)) throw pageFailure('robots-disallowed', { url });
    return robots;
  }

  return {
    get requests() {
      return requests;
    },
    async allowed(url) {
      return robotsFor(url).then(
        () => true,
        (error) => {
          if (isPermanent(error) && error.problem?.code === 'robots-disallowed') return false;
          throw error;
        },
      );
    },
    async get(url, { accept, encoding }) {
      const robots = await robotsFor(url);
      const gap = Math.max(options.hostGapMs, robots?.crawlDelayMs ?? 0);
      const result = await fetchPolitely(url, accept, gap);
      const bytes = GZIP(result.bytes) ? gunzip(result.bytes, url, options.maxBytes) : result.bytes;
      const { text } = decodeBody(bytes, { contentType: result.contentType, override: encoding });
      return { text, url: result.url, contentType: result.contentType };
    },
  };
}
