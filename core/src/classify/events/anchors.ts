import { entityCore } from '../../text/compounds';
import { ANCHOR_PREFIXES, ENTITY_ANCHOR, type TermVector } from './vector';

/** The main places (`p:`), organisations (`e:`) and districts (`d:`) of a vector, by prefix. */
export type Anchors = Map<string, string[]>;

/** An event's anchors are those with at least this share of its strongest anchor's weight. */
const MAIN_ANCHOR_SHARE = 0.25;

/** The main anchors of a centroid, by prefix. */
export function mainAnchors(centroid: TermVector): Anchors {
  const found = new Map<string, [string, number][]>();
  for (const term in centroid) {
    const prefix = ANCHOR_PREFIXES.find((p) => term.startsWith(p));
    if (!prefix) continue;
    const list = found.get(prefix) ?? [];
    list.push([term.slice(prefix.length), centroid[term]!]);
    found.set(prefix, list);
  }
  const main = new Map<string, string[]>();
  for (const [prefix, list] of found) {
    const top = Math.max(...list.map(([, w]) => w));
    main.set(
      prefix,
      list.filter(([, w]) => w >= top * MAIN_ANCHOR_SHARE).map(([t]) => t),
    );
  }
  return main;
}

/**
 * Two names of one place or organisation: equal, one inside the other (滨河苑 in 伊景园滨河苑), or
 * organisations that differ only in their ending (搅拌站, 搅拌厂). Roads do not: 新厂西路 is not 新厂东路.
 */
function sameName(prefix: string, a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  return prefix === ENTITY_ANCHOR && entityCore(a) === entityCore(b);
}

/** Whether a message names places (or organisations) and none of them is among the event's main ones. */
export function anchorsConflict(message: Anchors, event: Anchors): boolean {
  for (const [prefix, mine] of message) {
    const theirs = event.get(prefix);
    if (mine.length && theirs?.length && !mine.some((m) => theirs.some((t) => sameName(prefix, m, t))))
      return true;
  }
  return false;
}
