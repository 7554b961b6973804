import { segment } from '../text/segment';
import {
  CHAR_STATE,
  finishHash,
  fnvStep,
  fnvString,
  MAX_DIGIT_WORD,
  NUMBER_KEY,
  SEPARATOR,
  WORD_STATE,
} from './feature-hash';
import { KeyCounter } from './key-counter';

/** Fold full-width ASCII to half-width, lower-case Latin letters, collapse whitespace. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\s]+/g, ' ')
    .toLowerCase()
    .trim();
}

export interface FeatureSpec {
  /** jieba words (exact mode with HMM; long digit runs collapse to one number word). */
  words: boolean;
  /** Character n-gram sizes over runs of non-punctuation characters, e.g. [1, 2, 3]. */
  charNgrams: number[];
  /** Character n-grams come from the first maxFieldChars characters of each field, words from the first
   * maxWordChars (jieba costs most): the matter is named early. Figures: ARCHITECTURE.md, classifier. */
  maxFieldChars: number;
  maxWordChars: number;
}

/** Grouped 5-fold CV on the 2020 泰迪杯 messages: words + char 1–3-grams beat word bigrams. */
export const defaultFeatureSpec: FeatureSpec = {
  words: true,
  charNgrams: [1, 2, 3],
  maxFieldChars: 600,
  maxWordChars: 200,
};

export const sameSpec = (a: FeatureSpec, b: FeatureSpec): boolean =>
  a.words === b.words &&
  a.maxFieldChars === b.maxFieldChars &&
  a.maxWordChars === b.maxWordChars &&
  a.charNgrams.join() === b.charNgrams.join();

const head = (text: string, chars: number) => (text.length > chars ? text.slice(0, chars) : text);

export interface Document {
  title: string;
  body?: string | null;
}

/** The features of one text: distinct 32-bit keys in order of appearance, with how often each occurs. */
export interface FeatureBag {
  spec: FeatureSpec;
  keys: Uint32Array;
  counts: Float32Array;
}

/** Shared by every call: featurising is synchronous, so one counter serves the whole process. */
const counter = new KeyCounter();

function wordKey(word: string): number {
  let digits = 0;
  let separators = 0;
  for (let i = 0; i < word.length; i++) {
    const cu = word.charCodeAt(i);
    if (cu >= 48 && cu <= 57) digits++;
    separators += SEPARATOR[cu]!;
  }
  if (separators === word.length) return -1;
  if (digits === word.length && digits > MAX_DIGIT_WORD) return NUMBER_KEY;
  return finishHash(fnvString(word, WORD_STATE));
}

function pushCharNgrams(clean: string, sizes: number[]): void {
  const longest = Math.max(0, ...sizes);
  const wanted = sizes.reduce((mask, n) => mask | (1 << n), 0);
  for (let i = 0; i < clean.length; i++) {
    let state = CHAR_STATE;
    for (let n = 1; n <= longest && i + n <= clean.length; n++) {
      const cu = clean.charCodeAt(i + n - 1);
      if (SEPARATOR[cu]) break;
      state = fnvStep(state, cu);
      if ((wanted >> n) & 1) counter.add(finishHash(state));
    }
  }
}

function pushField(text: string, spec: FeatureSpec): void {
  const clean = normalizeText(head(text, spec.maxFieldChars));
  if (!clean) return;
  if (spec.words) {
    for (const word of segment(head(clean, spec.maxWordChars))) {
      const key = wordKey(word);
      if (key >= 0) counter.add(key);
    }
  }
  pushCharNgrams(clean, spec.charNgrams);
}

/** Features of a message: title and body share one vocabulary, each field capped as the spec says. */
export function extractFeatures(doc: Document, spec: FeatureSpec = defaultFeatureSpec): FeatureBag {
  pushField(doc.title, spec);
  if (doc.body) pushField(doc.body, spec);
  return { spec, ...counter.take() };
}
