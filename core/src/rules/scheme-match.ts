import type { SchemeRule } from '../domain/scheme';

export interface SchemeCandidate {
  title: string;
  body: string;
  sourceId: number;
  channel: string;
  region: string | null;
}

const lowerText = (m: SchemeCandidate) => `${m.title}\n${m.body}`.toLowerCase();
const anyIn = (text: string, words: string[]) => words.some((w) => text.includes(w.toLowerCase()));

/**
 * Does a message hit a scheme? (any region word or the tagged region) AND any subject word AND any
 * event word AND no exclusion word; empty groups do not restrict. Words match as substrings of the
 * title and body (case-insensitive), the way analysts expect 丽发新城 to match inside longer text.
 */
export function matchesScheme(scheme: SchemeRule, m: SchemeCandidate, text = lowerText(m)): boolean {
  if (scheme.sourceIds.length && !scheme.sourceIds.includes(m.sourceId)) return false;
  if (scheme.channels.length && !scheme.channels.includes(m.channel)) return false;
  if (scheme.regions.length && !(m.region && scheme.regions.includes(m.region))) return false;
  if (
    scheme.regionWords.length &&
    !anyIn(text, scheme.regionWords) &&
    !scheme.regionWords.includes(m.region ?? '')
  )
    return false;
  if (scheme.subjectWords.length && !anyIn(text, scheme.subjectWords)) return false;
  if (scheme.eventWords.length && !anyIn(text, scheme.eventWords)) return false;
  return !anyIn(text, scheme.excludeWords);
}

/** The ids of every scheme a message hits (the text is lower-cased once, not once per scheme). */
export function matchingSchemes(schemes: SchemeRule[], m: SchemeCandidate): number[] {
  const text = lowerText(m);
  return schemes.filter((s) => matchesScheme(s, m, text)).map((s) => s.id);
}

/**
 * Meilisearch queries of a scheme: one per (region × subject × event) combination, capped. Plain
 * terms, not phrases: the tokenizer may keep 噪音扰民 as one token, and the last term of a query
 * matches as a prefix, so the event word goes last. Meilisearch pre-selects; matchesScheme decides.
 */
export function schemeQueries(scheme: SchemeRule, cap = 50): string[] {
  const groups = [scheme.regionWords, scheme.subjectWords, scheme.eventWords].filter((g) => g.length);
  let combos: string[][] = [[]];
  for (const group of groups) combos = combos.flatMap((c) => group.map((w) => [...c, w])).slice(0, cap);
  return combos.map((c) => c.map((w) => w.replaceAll('"', '')).join(' '));
}
