import robotsParser from 'robots-parser';
import { RetryableIngestError } from './errors';

/** The token sites name in robots.txt to address the desk (`User-agent: OpinionDesk`). */
export const ROBOTS_TOKEN = 'OpinionDesk';
/** A site's robots.txt is read again after this long (RFC 9309 allows caching up to a day). */
export const ROBOTS_CACHE_SECONDS = 3_600;
/** Longest Crawl-delay honoured: a larger one would stop a pull for minutes per page. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** The site's Crawl-delay for us, in ms (0 when it sets none). */
  crawlDelayMs: number;
}

/** What fetching /robots.txt gave: its text, or none (4xx: the site has no rules). */
export type RobotsFile = { text: string } | { missing: true };

/** Rules of one robots.txt; without a file (404 and other 4xx) everything is allowed (RFC 9309 §2.3.1.3). */
export function parseRobots(origin: string, file: RobotsFile): RobotsRules {
  if ('missing' in file) return { isAllowed: () => true, crawlDelayMs: 0 };
  const robots = robotsParser(`${origin}/robots.txt`, file.text);
  const delay = robots.getCrawlDelay(ROBOTS_TOKEN) ?? 0;
  return {
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_TOKEN) !== false,
    crawlDelayMs: Math.min(Math.max(0, delay * 1_000), MAX_CRAWL_DELAY_MS),
  };
}

/**
 * Classify the answer to GET /robots.txt: 2xx is the file, 4xx means no rules; a server error or
 * no answer means "assume everything is disallowed for now" (RFC 9309 §2.3.1.4), so the pull waits.
 */
export function robotsFileOf(status: number, text: string): RobotsFile {
  if (status >= 200 && status < 300) return { text };
  if (status >= 400 && status < 500) return { missing: true };
  throw new RetryableIngestError(`robots.txt answered HTTP ${status}: not reading the site for now`);
}
