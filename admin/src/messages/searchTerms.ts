/** A run of message text and whether it matches the search (the API's `match` segments). */
export interface MatchSegment {
  text: string;
  hit: boolean;
}

/** Why a message was found, as the API sends it with a search page (masked text only). */
export interface SearchMatch {
  title: MatchSegment[];
  snippet: MatchSegment[];
  terms: string[];
}

/** Text cut where the words occur (case-insensitive), for the message page; no words = one plain segment. */
export function markTerms(text: string, terms: readonly string[]): MatchSegment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length || !text) return [{ text, hit: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  // split with one capturing group: the odd pieces are the matches.
  return text
    .split(pattern)
    .map((part, i) => ({ text: part, hit: i % 2 === 1 }))
    .filter((segment) => segment.text);
}

/** The words the message page marks (`?hl=` from a search page). */
export const highlightTerms = (search: string): string[] =>
  (new URLSearchParams(search).get('hl') ?? '')
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 20);
