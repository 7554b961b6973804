import { extractKeywords } from '../../text/segment';
import { normalizeText } from '../features';

/** Sparse term weights: keyword → weight. Stored as plain objects in the database (events.centroid). */
export type TermVector = Record<string, number>;

/** How much a title keyword outweighs a body keyword: titles name the matter, bodies wander. */
const TITLE_WEIGHT = 2;
const TITLE_KEYWORDS = 12;
const BODY_KEYWORDS = 15;
/** A-市 style placeholders and generic words that join unrelated matters. */
const GENERIC = new Set([
  '问题',
  '反映',
  '咨询',
  '关于',
  '投诉',
  '建议',
  '请问',
  '希望',
  '市民',
  '领导',
  '政府',
  '我们',
  '情况',
]);

/** Digits, and the anonymised place codes of some corpora (a7, k9): they name no matter. */
const NOT_A_TERM = /^([a-z]?\d+|[a-z])$/;

/**
 * How specific a term is in the desk's own stream (1 = rare). jieba's IDF comes from general text, so it
 * cannot know that the city's district names occur in half of all messages; this corrects it.
 */
export type LocalIdf = (term: string) => number;

function keywordsOf(text: string, top: number): { word: string; weight: number }[] {
  return extractKeywords(normalizeText(text), top).filter(
    ({ word }) => word.length >= 2 && !GENERIC.has(word) && !NOT_A_TERM.test(word),
  );
}

/** A message's TF-IDF keywords (jieba IDF), of the title and of the body's first 2,000 characters. */
export interface MessageKeywords {
  title: { word: string; weight: number }[];
  body: { word: string; weight: number }[];
}

/** Cut once, used twice: for the document frequencies (`termsOf`) and for the vector (`vectorOf`). */
export function messageKeywords(title: string, body?: string | null): MessageKeywords {
  return {
    title: keywordsOf(title, TITLE_KEYWORDS),
    body: body ? keywordsOf(body.slice(0, 2_000), BODY_KEYWORDS) : [],
  };
}

/** The candidate terms of a message (for counting document frequencies). */
export function termsOf(keywords: MessageKeywords): string[] {
  return [...new Set([...keywords.title, ...keywords.body].map((k) => k.word))];
}

function addKeywords(vector: TermVector, words: MessageKeywords['title'], weight: number, idf: LocalIdf) {
  const max = Math.max(...words.map((w) => w.weight), 1e-9);
  for (const { word, weight: w } of words) {
    vector[word] = (vector[word] ?? 0) + ((weight * w) / max) * idf(word);
  }
}

/** The term vector of a message: its title keywords (weighted ×2), then its body's; jieba IDF × local IDF. */
export function vectorOf(keywords: MessageKeywords, idf: LocalIdf = () => 1): TermVector {
  const vector: TermVector = {};
  addKeywords(vector, keywords.title, TITLE_WEIGHT, idf);
  addKeywords(vector, keywords.body, 1, idf);
  return vector;
}

/** The vector of one message on its own (cutting its keywords); a stream cuts once and calls `vectorOf`. */
export const messageVector = (title: string, body?: string | null, idf: LocalIdf = () => 1): TermVector =>
  vectorOf(messageKeywords(title, body), idf);

/** A prior of this many messages without the term keeps a young desk's few messages from looking common. */
const IDF_PRIOR = 1_000;

/** Local IDF from document frequencies: log((N+prior)/(df+1)), scaled so an unseen term in a new desk ≈ 1. */
export function localIdfFrom(df: (term: string) => number, total: number): LocalIdf {
  const scale = Math.log(IDF_PRIOR / 2);
  return (term) => Math.max(0.05, Math.log((total + IDF_PRIOR) / (df(term) + 1)) / scale);
}

export function norm(v: TermVector): number {
  let s = 0;
  for (const w of Object.values(v)) s += w * w;
  return Math.sqrt(s);
}

/**
 * Cosine similarity of a message vector `a` to a centroid `b`, summed over `a`'s terms in their order:
 * the order EventMatcher accumulates in, so both give the same bits.
 */
export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (!normA || !normB) return 0;
  let dot = 0;
  for (const [term, w] of Object.entries(a)) dot += w * (b[term] ?? 0);
  return dot / (normA * normB);
}

/** Add `v` into `into` and keep the `keep` heaviest terms, so an event's centroid stays small. */
export function addToCentroid(into: TermVector, v: TermVector, keep = 60): TermVector {
  const sum: TermVector = { ...into };
  let size = Object.keys(sum).length;
  for (const [term, w] of Object.entries(v)) {
    if (sum[term] === undefined) size++;
    sum[term] = (sum[term] ?? 0) + w;
  }
  if (size <= keep) return sum; // nothing to drop: no need to sort
  const top = Object.entries(sum)
    .sort((x, y) => y[1] - x[1])
    .slice(0, keep);
  return Object.fromEntries(top);
}

/** The heaviest terms of a vector, for an event's keywords and title. */
export const topTerms = (v: TermVector, n: number): string[] =>
  Object.entries(v)
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([t]) => t);
