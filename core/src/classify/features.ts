import { segment } from '../text/segment';

/** Fold full-width ASCII to half-width, lower-case Latin letters, collapse whitespace. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\s]+/g, ' ')
    .toLowerCase()
    .trim();
}

const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;
const DIGITS = /^\d+$/;

/** jieba words without punctuation; long digit runs collapse to one token (phone numbers carry no topic). */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const word of segment(text)) {
    const w = word.trim();
    if (!w || PUNCTUATION.test(w)) continue;
    words.push(DIGITS.test(w) && w.length > 4 ? '<num>' : w);
  }
  return words;
}

export interface FeatureOptions {
  /** Add word bigrams (w1_w2). */
  wordBigrams: boolean;
  /** Character n-gram sizes over the Han/alnum characters, e.g. [2, 3]. */
  charNgrams: number[];
  /** Keep title and body features apart (t…/b…) instead of one shared vocabulary. */
  separateFields?: boolean;
}

/** Measured by grouped 5-fold CV on the 2020 泰迪杯 messages: char 1–3-grams + words beat word bigrams. */
export const defaultFeatureOptions: FeatureOptions = { wordBigrams: false, charNgrams: [1, 2, 3] };

/**
 * Sparse features of one field: jieba words, word bigrams and character n-grams, each prefixed with the
 * field name so a title word and a body word weigh separately.
 */
export function fieldFeatures(field: string, text: string, options: FeatureOptions): string[] {
  const clean = normalizeText(text);
  if (!clean) return [];
  const words = contentWords(clean);
  const out = words.map((w) => `${field}w:${w}`);
  if (options.wordBigrams) {
    for (let i = 1; i < words.length; i++) out.push(`${field}b:${words[i - 1]}_${words[i]}`);
  }
  const chars = clean.replace(/[\p{P}\p{S}\s]+/gu, '|');
  for (const n of options.charNgrams) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n);
      if (!gram.includes('|')) out.push(`${field}c:${gram}`);
    }
  }
  return out;
}

export interface Document {
  title: string;
  body?: string | null;
}

/** Features of a message: its title, and its body (if any) in a separate namespace. */
export function documentFeatures(doc: Document, options: FeatureOptions = defaultFeatureOptions): string[] {
  const features = fieldFeatures('t', doc.title, options);
  if (doc.body) features.push(...fieldFeatures(options.separateFields ? 'b' : 't', doc.body, options));
  return features;
}
