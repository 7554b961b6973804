import type { MessageDocument } from '@desk/search-config';

/** A run of text and whether it is a match of the query. Plain text: the admin renders it as text. */
export interface MatchSegment {
  text: string;
  hit: boolean;
}

/**
 * Why a message was found: its title with the matches marked, a snippet of the body cropped around
 * them, and the matched words (the message page marks those). Built from Meilisearch's `_formatted`,
 * which is made from the indexed document, and the index holds masked text only.
 */
export interface SearchMatch {
  title: MatchSegment[];
  snippet: MatchSegment[];
  terms: string[];
}

/**
 * Highlight markers: private-use characters, not HTML, so nothing in a message can pose as a tag and the
 * admin never parses markup. Stray ones in a message only move a highlight; they are dropped from the text.
 */
const PRE = '\uE000';
const POST = '\uE001';
/** Characters of the body's snippet (about the 40 jieba words Meilisearch's own crop gave) … */
const SNIPPET_CHARS = 80;
/** … of which this many come before the first match. */
const SNIPPET_LEAD = 20;
const CROP_MARKER = '…';
const MAX_TERMS = 20;

/**
 * The search parameters that make Meilisearch return `_formatted` for `searchMatch`. The body is
 * highlighted whole and cropped here (`snippetOf`): Meilisearch's own crop (`attributesToCrop`) looks
 * for the best window in every hit and cost it more than the rest of the search (tests/bench/api.bench.ts).
 */
export const matchParams = {
  attributesToHighlight: ['title', 'body'],
  highlightPreTag: PRE,
  highlightPostTag: POST,
} as const;

/**
 * The highlighted body cut to SNIPPET_CHARS characters from a little before its first match (its
 * start when nothing matched there), never inside a match, with a marker where text was cut.
 */
export function snippetOf(formatted: string): string {
  if (formatted.length <= SNIPPET_CHARS) return formatted;
  const chars = Array.from(formatted);
  const length = chars.reduce((n, ch) => n + (ch === PRE || ch === POST ? 0 : 1), 0);
  if (length <= SNIPPET_CHARS) return formatted;
  const start = Math.max(0, chars.indexOf(PRE) - SNIPPET_LEAD);
  let end = start;
  let inMatch = false;
  for (let taken = 0; end < chars.length && (taken < SNIPPET_CHARS || inMatch); end++) {
    const ch = chars[end]!;
    if (ch === PRE) inMatch = true;
    else if (ch === POST) inMatch = false;
    else taken++;
  }
  const cut = chars.slice(start, end).join('');
  return `${start > 0 ? CROP_MARKER : ''}${cut}${end < chars.length ? CROP_MARKER : ''}`;
}

/** Text with markers as segments; adjacent runs of the same kind are joined, empty runs dropped. */
export function segments(formatted: string): MatchSegment[] {
  const out: MatchSegment[] = [];
  let hit = false;
  let text = '';
  const push = () => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += text;
    else out.push({ text, hit });
    text = '';
  };
  for (const ch of formatted) {
    if (ch === PRE || ch === POST) {
      push();
      hit = ch === PRE;
    } else text += ch;
  }
  push();
  return out;
}

/** The match of one hit, or undefined when Meilisearch returned no formatted fields. */
export function searchMatch(hit: { _formatted?: Partial<MessageDocument> }): SearchMatch | undefined {
  const formatted = hit._formatted;
  if (!formatted) return undefined;
  const title = segments(String(formatted.title ?? ''));
  const snippet = segments(snippetOf(String(formatted.body ?? '')));
  const terms = [...new Set([...title, ...snippet].filter((s) => s.hit).map((s) => s.text.trim()))]
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  return { title, snippet, terms };
}
