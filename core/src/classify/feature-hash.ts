/**
 * Feature keys are 32-bit hashes: FNV-1a over UTF-16 code units, then murmur3's finaliser so the low bits
 * spread evenly over an open-addressing table. A key is the hash of the same text the string features of
 * model format v1 used (`tw:` + word, `tc:` + chars), so a v1 model converts key for key.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: the running state after one more code unit. */
export const fnvStep = (state: number, codeUnit: number): number => Math.imul(state ^ codeUnit, FNV_PRIME);

/** The FNV-1a state after `text`, starting from `state`. */
export function fnvString(text: string, state = FNV_OFFSET): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** murmur3 fmix32: the final avalanche, as an unsigned 32-bit key; never 0 (it marks empty slots). */
export function finishHash(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Hash of a whole feature string (used for v1 models and for tests). */
export const featureKey = (feature: string): number => finishHash(fnvString(feature));

/** Namespaces: the states after the v1 prefixes (title and body share one vocabulary, `t`). */
export const WORD_STATE = fnvString('tw:');
export const CHAR_STATE = fnvString('tc:');
/** Long digit runs (phone numbers, order ids) carry no topic: they all become this one word. */
export const NUMBER_KEY = featureKey('tw:<num>');
/** Longer digit runs than this are numbers, not words (years and counts keep their meaning). */
export const MAX_DIGIT_WORD = 4;

/**
 * 1 for every BMP code unit that separates features (punctuation, symbols, whitespace) and for
 * surrogates (astral characters are emoji and symbols here, far more often than rare Han characters).
 * One table look-up per character instead of a Unicode-property regex.
 */
export const SEPARATOR: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const separator = /^[\p{P}\p{S}\s]$/u;
  for (let cu = 0; cu < 0x10000; cu++) {
    const surrogate = cu >= 0xd800 && cu <= 0xdfff;
    if (surrogate || separator.test(String.fromCharCode(cu))) table[cu] = 1;
  }
  return table;
})();
