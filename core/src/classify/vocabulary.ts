import type { FeatureBag } from './features';

/** A sparse vector: parallel arrays of feature indexes and values. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

const EMPTY = -1;

/**
 * The feature keys learnt from the training set with their IDF, and an open-addressing table from key
 * to dense index (keys are already avalanche-mixed, so the low bits pick the slot). TF-IDF vectors use
 * sublinear tf and are L2-normalised; keys seen in fewer than `minDf` documents are dropped (they only
 * memorise). 32-bit keys: ~10 colliding pairs expected among 300,000 features, which is noise.
 */
export class Vocabulary {
  private table?: { keys: Uint32Array; index: Int32Array; mask: number };

  constructor(
    readonly keys: Uint32Array,
    readonly idf: Float32Array,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** Built on first use: a model that only predicts reads through its LinearScorer instead. */
  private lookup() {
    if (this.table) return this.table;
    let size = 16;
    while (size < this.keys.length * 2) size *= 2;
    const table = { keys: new Uint32Array(size), index: new Int32Array(size).fill(EMPTY), mask: size - 1 };
    this.keys.forEach((key, i) => {
      let slot = key & table.mask;
      while (table.index[slot] !== EMPTY) slot = (slot + 1) & table.mask;
      table.keys[slot] = key;
      table.index[slot] = i;
    });
    this.table = table;
    return table;
  }

  /** Dense index of a key, or -1 when the training set did not keep it. */
  indexOf(key: number): number {
    const { keys, index, mask } = this.lookup();
    let slot = key & mask;
    for (;;) {
      const i = index[slot]!;
      if (i === EMPTY || keys[slot] === key) return i;
      slot = (slot + 1) & mask;
    }
  }

  static fit(bags: FeatureBag[], minDf = 2): Vocabulary {
    const df = new Map<number, number>();
    for (const bag of bags) for (const key of bag.keys) df.set(key, (df.get(key) ?? 0) + 1);
    const kept = [...df].filter(([, n]) => n >= minDf);
    const keys = Uint32Array.from(kept, ([key]) => key).sort();
    const n = bags.length;
    const idf = Float32Array.from(keys, (key) => Math.log((1 + n) / (1 + df.get(key)!)) + 1);
    return new Vocabulary(keys, idf);
  }

  transform(bag: FeatureBag): SparseVector {
    const index = new Int32Array(bag.keys.length);
    const value = new Float32Array(bag.keys.length);
    let used = 0;
    let norm = 0;
    for (let k = 0; k < bag.keys.length; k++) {
      const i = this.indexOf(bag.keys[k]!);
      if (i === EMPTY) continue;
      const v = (1 + Math.log(bag.counts[k]!)) * this.idf[i]!;
      index[used] = i;
      value[used++] = v;
      norm += v * v;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let k = 0; k < used; k++) value[k]! *= scale;
    return { index: index.subarray(0, used), value: value.subarray(0, used) };
  }
}
