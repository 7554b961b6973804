import { entityCore } from '../../text/compounds';
import { ANCHOR_PREFIXES, BODY_ANCHOR, DISTRICT_ANCHOR, ENTITY_ANCHOR, type TermVector } from './vector';

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
const NUMBER = /[0-9一二三四五六七八九十百]+/g;
const numbersOf = (name: string): string => (name.match(NUMBER) ?? []).join(',');

function sameName(prefix: string, a: string, b: string): boolean {
  if (a === b) return true;
  // Numbered names are one place only with the same number (一中 is not 十一中, 3号线 not 7号线).
  if (numbersOf(a) !== numbersOf(b)) return false;
  if (a.includes(b) || b.includes(a)) return true;
  return prefix === ENTITY_ANCHOR && entityCore(a) === entityCore(b);
}

/**
 * How a message's anchors stand to an event's main ones:
 * - `conflict`: for some kind it names (place, organisation, district) the event has main ones and none
 *   is among them (沿江东路 is not 广场北路);
 * - `shared`: no conflict, and every place and organisation the message names is a main one of the
 *   event (a district alone is too coarse to say it is the same matter; a message naming 梅溪湖 and a
 *   compound the event does not know is about something inside the area, not the same matter);
 * - `none`: neither.
 */
export type AnchorRelation = 'conflict' | 'shared' | 'none';

export function anchorRelation(message: Anchors, event: Anchors): AnchorRelation {
  let shared = false;
  for (const [prefix, mine] of message) {
    if (prefix === BODY_ANCHOR) continue;
    const theirs = event.get(prefix);
    if (!theirs?.length) {
      // An event that only borrowed names from bodies shares them with a title naming them.
      if (
        prefix !== DISTRICT_ANCHOR &&
        borrowedShared(
          mine.map((m) => prefix + m),
          event,
          BODY_ANCHOR,
        )
      )
        shared = true;
      continue;
    }
    if (!mine.length) continue;
    const matched = mine.filter((m) => theirs.some((t) => sameName(prefix, m, t))).length;
    if (!matched) return 'conflict';
    if (prefix !== DISTRICT_ANCHOR) {
      if (matched * 2 < mine.length) return 'none';
      shared = true;
    }
  }
  if (!shared) shared = borrowedShared(message.get(BODY_ANCHOR) ?? [], event);
  if (!shared) shared = borrowedShared(message.get(BODY_ANCHOR) ?? [], event, BODY_ANCHOR);
  return shared ? 'shared' : 'none';
}

/**
 * Whether one of `names` (`p:阳光花园`) is a main name of the event: among its own (`within` '') or
 * among those it borrowed from bodies (`within` 'b:').
 */
function borrowedShared(names: string[], event: Anchors, within = ''): boolean {
  return names.some((anchor) => {
    const prefix = anchor.slice(0, 2);
    const name = anchor.slice(2);
    const theirs = within
      ? (event.get(within) ?? []).filter((t) => t.startsWith(prefix)).map((t) => t.slice(2))
      : (event.get(prefix) ?? []);
    return theirs.some((t) => sameName(prefix, name, t));
  });
}

/** Whether a message names places (or organisations) and none of them is among the event's main ones. */
export const anchorsConflict = (message: Anchors, event: Anchors): boolean =>
  anchorRelation(message, event) === 'conflict';
