import type { FeatureBag } from './features';
import type { LinearWeights } from './linear-model';
import type { Vocabulary } from './vocabulary';

const EMPTY = 0;
/** 1 + ln(n) for small counts (sublinear tf), so the hot loop rarely calls Math.log. */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, n) => (n ? 1 + Math.log(n) : 0));

/** Table slots per feature at least: short probe runs, and the key array stays small. */
const SLOTS_PER_KEY = 1.5;

/**
 * A trained model laid out for prediction: an open-addressing table of keys (0 = empty; 4 bytes a slot,
 * so it mostly stays in cache) and, at the same slot, a row with the feature's IDF and its weight per
 * label. Speed is bound by cache misses, as a model is several MB: an unknown key costs no miss, a known
 * one a single row. Scores equal softmax(W · tfidf(x) / ‖tfidf(x)‖ + b), as in training.
 */
export class LinearScorer {
  private readonly keys: Uint32Array;
  private readonly rows: Float32Array;
  private readonly mask: number;
  private readonly stride: number;

  constructor(
    vocabulary: Vocabulary,
    private readonly model: LinearWeights,
  ) {
    const classes = model.classes;
    this.stride = classes + 1;
    let size = 16;
    while (size < vocabulary.size * SLOTS_PER_KEY) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Float32Array(size * this.stride);
    vocabulary.keys.forEach((key, i) => {
      let slot = key & this.mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot * this.stride] = vocabulary.idf[i]!;
      this.rows.set(model.weights.subarray(i * classes, (i + 1) * classes), slot * this.stride + 1);
    });
  }

  /** Offset of a key's row, or -1 for a key the training set did not keep. */
  private rowOf(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return slot * this.stride;
      if (found === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Linear scores of one featurised text: W · tfidf(x) / ‖tfidf(x)‖ + b. */
  scores(bag: FeatureBag): Float64Array {
    const classes = this.model.classes;
    const scores = new Float64Array(classes);
    let norm = 0;
    for (let k = 0; k < bag.keys.length; k++) {
      const row = this.rowOf(bag.keys[k]!);
      if (row < 0) continue;
      const count = bag.counts[k]!;
      const v = (count < 64 ? SUBLINEAR[count]! : 1 + Math.log(count)) * this.rows[row]!;
      norm += v * v;
      for (let c = 0; c < classes; c++) scores[c]! += this.rows[row + 1 + c]! * v;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let c = 0; c < classes; c++) scores[c] = scores[c]! * scale + this.model.bias[c]!;
    return scores;
  }

  /** Label probabilities of one featurised text (softmax of its scores). */
  probabilities(bag: FeatureBag): Float64Array {
    const scores = this.scores(bag);
    let max = -Infinity;
    for (const s of scores) max = Math.max(max, s);
    let sum = 0;
    for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
    for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
    return scores;
  }
}
