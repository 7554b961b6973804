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
/** Words around the matches in the body's snippet (Meilisearch counts jieba words for Chinese). */
const SNIPPET_WORDS = 40;
const MAX_TERMS = 20;

/** The search parameters that make Meilisearch return `_formatted` for `searchMatch`. */
export const matchParams = {
  attributesToHighlight: ['title', 'body'],
  attributesToCrop: [`body:${SNIPPET_WORDS}`],
  cropMarker: '…',
  highlightPreTag: PRE,
  highlightPostTag: POST,
} as const;

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
  const snippet = segments(String(formatted.body ?? ''));
  const terms = [...new Set([...title, ...snippet].filter((s) => s.hit).map((s) => s.text.trim()))]
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  return { title, snippet, terms };
}
