/**
 * MinHash fingerprints over jieba tokens for near-duplicate detection (reposts with small edits).
 * SimHash was tried first: on 100–300 character messages a repost with a prefix and one changed word
 * already differs in ~10 of 64 bits, so it cannot separate reposts from related messages. MinHash
 * estimates the Jaccard similarity of the token sets directly, and LSH bands find candidates with an
 * index lookup (`fingerprint_bands && $bands`).
 */
export const MINHASH_SIZE = 120;
/**
 * 15 bands of 8 rows: a pair with similarity 0.85 shares a band with p≈0.99, 0.8 with p≈0.94, while
 * related but different messages (0.5) are fetched as candidates with p≈0.06 only.
 */
export const MINHASH_BANDS = 15;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;
/**
 * Estimated Jaccard similarity of the token sets from which two messages count as one text reposted.
 * Reposts with a prefix, a tail and a changed word score 0.85–1; different messages built from the
 * same stock phrases rarely pass 0.8.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]+$/u;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output (a cheap, good 32-bit permutation). */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The MinHash signature of the distinct tokens; punctuation and whitespace tokens are skipped.
 * The 120 hash functions are derived by double hashing (h1 + i·h2, Kirsch–Mitzenmacher): one mix per
 * token instead of 120. Fixed forever: stored fingerprints must stay comparable.
 */
export function minhash(tokens: readonly string[]): number[] {
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token) || PUNCTUATION_ONLY.test(token)) continue;
    seen.add(token);
    const h1 = mix(fnv1a(token));
    const h2 = mix(h1 ^ 0x9e3779b9) | 1;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < mins[i]!) mins[i] = h;
    }
  }
  // b-bit MinHash: the top 16 bits suffice (a chance collision per position is 1 in 65,536) and halve
  // the stored fingerprint.
  return Array.from(mins, (v) => v >>> 16);
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / MINHASH_SIZE;
}

export const isNearDuplicate = (a: readonly number[], b: readonly number[]): boolean =>
  similarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;

/** LSH band keys: one signed 32-bit hash per band of rows, salted with the band number. */
export function fingerprintBands(signature: readonly number[]): number[] {
  const bands: number[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    let h = mix(0x27d4eb2f ^ band);
    for (let row = 0; row < ROWS; row++) h = mix((h ^ signature[row * MINHASH_BANDS + band]!) >>> 0);
    bands.push(h | 0);
  }
  return bands;
}

/** A signature as compact text for storage (base64 of 120 little-endian uint16: 320 characters). */
export function encodeSignature(signature: readonly number[]): string {
  return Buffer.from(Uint16Array.from(signature).buffer).toString('base64');
}

export function decodeSignature(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  return Array.from(
    new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  );
}
