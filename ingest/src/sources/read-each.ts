import type { RawItem, WebProblem } from '@desk/core';
import { isPermanent, problemOf } from './errors';

/** Problems that come from the source's selectors, not from one page. */
const LAYOUT = new Set<WebProblem['code']>(['selector-empty', 'selector-invalid']);

export interface ReadResult {
  items: RawItem[];
  skipped: WebProblem[];
  /** A retryable failure after which reading stopped (the items before it are kept). */
  error?: unknown;
}

/**
 * Read the pages of new items one by one. A page that is gone or forbidden skips its item; a retryable
 * failure or the deadline stops the loop and keeps what was read. When EVERY page failed because a
 * selector matched nothing, the site's layout changed: that failure is thrown and nothing is stored.
 */
export async function readEach<T>(
  entries: T[],
  urlOf: (entry: T) => string,
  read: (entry: T) => Promise<RawItem>,
  deadline: number,
): Promise<ReadResult> {
  const items: RawItem[] = [];
  const skipped: WebProblem[] = [];
  let lastPermanent: unknown;
  for (const entry of entries) {
    if (Date.now() > deadline) break;
    try {
      items.push(await read(entry));
    } catch (failure) {
      if (!isPermanent(failure)) return { items, skipped, error: failure };
      lastPermanent = failure;
      skipped.push(problemOf(failure, urlOf(entry)));
    }
  }
  if (items.length === 0 && skipped.length > 0 && skipped.every((p) => LAYOUT.has(p.code)))
    throw lastPermanent;
  return { items, skipped };
}
