/** A run of message text and whether it matches the search. Plain text: the admin renders it as text. */
export interface MatchSegment {
  text: string;
  hit: boolean;
}

/**
 * Why a message was found, as the API sends it with each hit of a search page: its title with the
 * matches marked, a snippet of the body cropped around them, and the matched words (the message page
 * marks those). Built from the masked text the page shows.
 */
export interface SearchMatch {
  title: MatchSegment[];
  snippet: MatchSegment[];
  terms: string[];
}

/** Characters of a body's snippet … */
const SNIPPET_CHARS = 80;
/** … of which this many come before the first match. */
const SNIPPET_LEAD = 20;
const CROP_MARKER = '…';
const MAX_TERMS = 20;

/**
 * One pattern for the words, longest first so a word wins over its parts, matched case-insensitively
 * and literally (special characters escaped); null when there are no words.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return null;
  return new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
}

/** Text cut where the words occur; adjacent runs of the same kind joined; no words = one plain run. */
export function markTerms(text: string, terms: readonly string[] | RegExp | null): MatchSegment[] {
  const pattern = terms === null || terms instanceof RegExp ? terms : termPattern(terms);
  if (!pattern || !text) return text ? [{ text, hit: false }] : [];
  const out: MatchSegment[] = [];
  // split with one capturing group: the odd pieces are the matches.
  const parts = text.split(pattern);
  for (let i = 0; i < parts.length; i++) append(out, parts[i]!, i % 2 === 1);
  return out;
}

/** Adds a run, joined to the last one when of the same kind; empty runs are dropped. */
function append(out: MatchSegment[], text: string, hit: boolean): void {
  if (!text) return;
  const last = out.at(-1);
  if (last && last.hit === hit) last.text += text;
  else out.push({ text, hit });
}

/**
 * The marked body cut to SNIPPET_CHARS characters from a little before its first match (its start when
 * nothing matched), never inside a match or a character, with a marker where text was cut.
 */
export function snippetOf(segments: MatchSegment[]): MatchSegment[] {
  const runs = segments.map((s) => ({ chars: Array.from(s.text), hit: s.hit }));
  const length = runs.reduce((n, r) => n + r.chars.length, 0);
  if (length <= SNIPPET_CHARS) return segments;
  let firstHit = 0;
  for (const run of runs) {
    if (run.hit) break;
    firstHit += run.chars.length;
  }
  const start = firstHit >= length ? 0 : Math.max(0, firstHit - SNIPPET_LEAD);
  const out: MatchSegment[] = [];
  if (start > 0) append(out, CROP_MARKER, false);
  let position = 0;
  let taken = 0;
  for (const run of runs) {
    const from = Math.max(0, start - position);
    position += run.chars.length;
    if (from >= run.chars.length || taken >= SNIPPET_CHARS) continue;
    // A match is kept whole even where it passes the limit.
    const count = run.hit
      ? run.chars.length - from
      : Math.min(run.chars.length - from, SNIPPET_CHARS - taken);
    append(out, run.chars.slice(from, from + count).join(''), run.hit);
    taken += count;
  }
  if (start + taken < length) append(out, CROP_MARKER, false);
  return out;
}

/** The match of one message for the query's words (a compiled `termPattern`). */
export function searchMatch(message: { title: string; body: string }, pattern: RegExp | null): SearchMatch {
  const title = markTerms(message.title, pattern);
  const snippet = snippetOf(markTerms(message.body, pattern));
  const terms = [...new Set([...title, ...snippet].filter((s) => s.hit).map((s) => s.text.trim()))]
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  return { title, snippet, terms };
}
