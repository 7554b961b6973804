import { isNameEnding } from '../../text/compounds';
import { extractTerms, isDistrict, type Term, textTerms } from '../../text/keywords';
import { normalizeText } from '../features';

/**
 * Sparse term weights: keyword → weight. Stored as plain objects in the database (events.centroid).
 * Besides words it holds the message's anchors, `p:<place>`, `e:<organisation>` and `d:<district>`: what
 * the matter is about, compared on their own so that two roads, companies or districts are not one matter.
 */
export type TermVector = Record<string, number>;

/** How much a title keyword outweighs a body keyword: titles name the matter, bodies wander. */
export const FIELD_WEIGHT = { title: 2, body: 1 };
const TITLE_KEYWORDS = 12;
const BODY_KEYWORDS = 15;
/** Weight of an anchor in the stored centroid (anchors take no part in the similarity). */
const ANCHOR_WEIGHT = 1;
export const PLACE_ANCHOR = 'p:';
export const ENTITY_ANCHOR = 'e:';
export const DISTRICT_ANCHOR = 'd:';
/** A name borrowed from the body (`b:p:阳光花园`) by a title that names none. */
export const BODY_ANCHOR = 'b:';
export const ANCHOR_PREFIXES = [PLACE_ANCHOR, ENTITY_ANCHOR, DISTRICT_ANCHOR, BODY_ANCHOR] as const;
/** An anchor key: `p:`, `e:`, `d:` or `b:` then the name (no word has a colon as its second character). */
export const isAnchor = (term: string): boolean =>
  term.charCodeAt(1) === 58 && (term[0] === 'p' || term[0] === 'e' || term[0] === 'd' || term[0] === 'b');

/**
 * How specific a term is in the desk's own stream (1 = rare). jieba's IDF comes from general text, so it
 * cannot know that the city's district names occur in half of all messages; this corrects it.
 */
export type LocalIdf = (term: string) => number;

/** A message's keywords (jieba with parts of speech, names joined, filler out) of title and body. */
export interface MessageKeywords {
  title: Term[];
  body: Term[];
  /** Districts or counties the title names (not the city). */
  districts?: string[];
}

/** Cut once, used twice: for the document frequencies (`termsOf`) and for the vector (`vectorOf`). */
export function messageKeywords(title: string, body?: string | null): MessageKeywords {
  const inTitle = textTerms(normalizeText(title));
  return {
    title: inTitle.filter((t) => t.kind !== 'division').slice(0, TITLE_KEYWORDS),
    body: body ? extractTerms(normalizeText(body.slice(0, 2_000)), BODY_KEYWORDS) : [],
    districts: inTitle.filter((t) => t.kind === 'division' && isDistrict(t.word)).map((t) => t.word),
  };
}

/** The candidate terms of a message (for counting document frequencies). */
export function termsOf(keywords: MessageKeywords): string[] {
  return [...new Set([...keywords.title, ...keywords.body].map((k) => k.word))];
}

const nameAnchors = (terms: Term[]): string[] =>
  terms.flatMap((t) =>
    t.kind === 'place' ? [PLACE_ANCHOR + t.word] : t.kind === 'entity' ? [ENTITY_ANCHOR + t.word] : [],
  );
/** A title naming nothing borrows the body's heaviest names, at most this many. */
const BODY_ANCHORS = 2;

/**
 * The places and organisations a message is about: those its title names (a body names many in
 * passing: the citizen's own compound, the office that did not answer); a title that names none
 * ("请问什么时候来水") is about the body's main ones.
 */
export function anchorsOf(keywords: MessageKeywords): string[] {
  const named = nameAnchors(keywords.title);
  return [
    ...(named.length
      ? named
      : nameAnchors(keywords.body)
          .slice(0, BODY_ANCHORS)
          .map((a) => BODY_ANCHOR + a)),
    ...(keywords.districts ?? []).map((d) => DISTRICT_ANCHOR + d),
  ];
}

/** Share of a word's weight its two-character pieces get (搅拌站 → ~搅拌, ~拌站; 搅拌 → ~搅拌). */
export const PIECES = { weight: 1 };
/** Piece keys: `~` then two characters; they match each other, not words, and are never shown. */
export const PIECE = '~';

/**
 * A word also counts as its two-character pieces, so the ways one thing is written meet: 搅拌站 and
 * 搅拌 (of 搅拌厂) share ~搅拌, 伊景园滨河苑 and 伊景园滨河院 most of their pieces.
 */
function addPieces(vector: TermVector, word: string, w: number, idf: LocalIdf) {
  if (word.length < 2 || !PIECES.weight) return;
  const share = (PIECES.weight * w) / Math.max(word.length - 1, 1);
  for (let i = 0; i + 2 <= word.length; i++) {
    const piece = word.slice(i, i + 2);
    vector[PIECE + piece] = (vector[PIECE + piece] ?? 0) + share * idf(piece);
  }
}

/**
 * Share of its weight a place or organisation word keeps among the words: the anchors compare names on
 * their own, so the words say what the matter is (a compound's name alone would make every complaint
 * about 梅溪湖 one event).
 */
export const NAME_WEIGHT = { share: 0.7 };

/** Whether a word is among the terms the desk has seen (its document frequency is above 0). */
export type KnownTerm = (term: string) => boolean;
const nothingKnown: KnownTerm = () => false;

/** The shortest name an alias may be (滨河苑); shorter tails are fragments (学院, 河苑). */
const ALIAS_MIN_LENGTH = 3;

/**
 * The shorter names a place or organisation may also be written as: its tails of three characters or
 * more (涉外经济学院 → 外经济学院, 经济学院, 济学院), longest first. Only those the desk has seen as terms
 * count (`nameAlias`); a generic ending is never one (养老院 of 阳光养老院 names every nursing home).
 */
export function aliasCandidates(name: string): string[] {
  const tails: string[] = [];
  for (let start = 1; name.length - start >= ALIAS_MIN_LENGTH; start++) {
    const tail = name.slice(start);
    if (!isNameEnding(tail)) tails.push(tail);
  }
  return tails;
}

/**
 * The shorter name the desk already knows a place or organisation by, if any: a message about
 * 涉外经济学院 and one about 经济学院 then share a word, as their anchors already count as one name.
 */
export const nameAlias = (name: string, known: KnownTerm): string | undefined =>
  aliasCandidates(name).find(known);

function addKeywords(vector: TermVector, words: Term[], weight: number, idf: LocalIdf, known: KnownTerm) {
  const max = Math.max(...words.map((w) => w.weight), 1e-9);
  for (const { word, weight: w, kind } of words) {
    const name = kind === 'place' || kind === 'entity';
    const scaled = ((name ? NAME_WEIGHT.share : 1) * weight * w) / max;
    vector[word] = (vector[word] ?? 0) + scaled * idf(word);
    addPieces(vector, word, scaled, idf);
    const alias = name ? nameAlias(word, known) : undefined;
    if (alias) vector[alias] = (vector[alias] ?? 0) + scaled * idf(alias);
  }
}

/**
 * The term vector of a message: title keywords (×2), body keywords, jieba IDF × local IDF, each name
 * also as the shorter name the desk knows it by (`known`); then anchors.
 */
export function vectorOf(
  keywords: MessageKeywords,
  idf: LocalIdf = () => 1,
  known: KnownTerm = nothingKnown,
): TermVector {
  const vector: TermVector = {};
  addKeywords(vector, keywords.title, FIELD_WEIGHT.title, idf, known);
  addKeywords(vector, keywords.body, FIELD_WEIGHT.body, idf, known);
  for (const anchor of anchorsOf(keywords)) vector[anchor] = ANCHOR_WEIGHT;
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

/** The length of a vector's word part (anchors are compared apart). */
export function norm(v: TermVector): number {
  let s = 0;
  for (const term in v) if (!isAnchor(term)) s += v[term]! * v[term]!;
  return Math.sqrt(s);
}

/**
 * Cosine similarity of a message vector `a` to a centroid `b`, summed over `a`'s terms in their order:
 * the order EventMatcher accumulates in, so both give the same bits.
 */
export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (!normA || !normB) return 0;
  let dot = 0;
  for (const [term, w] of Object.entries(a)) if (!isAnchor(term)) dot += w * (b[term] ?? 0);
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

/** The heaviest words of a vector (anchors and pieces left out), for an event's keywords. */
export const topTerms = (v: TermVector, n: number): string[] =>
  Object.entries(v)
    .filter(([t]) => !isAnchor(t) && !t.startsWith(PIECE))
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([t]) => t);

/**
 * The place and organisation keys a message vector names (`p:丽发新城`, `e:经济学院`; borrowed ones
 * without their `b:`): what an older event must hold for the message to take it up again.
 */
export const nameKeys = (v: TermVector): string[] =>
  Object.keys(v)
    .filter(isAnchor)
    .map((k) => (k.startsWith(BODY_ANCHOR) ? k.slice(BODY_ANCHOR.length) : k))
    .filter((k) => k.startsWith(PLACE_ANCHOR) || k.startsWith(ENTITY_ANCHOR));
