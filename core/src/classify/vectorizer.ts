import { defaultFeatureOptions, type FeatureOptions } from './features';

/** A sparse vector: parallel arrays of feature indexes and values. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

export interface VectorizerData {
  options: FeatureOptions;
  features: string[];
  idf: number[];
}

/**
 * Maps feature strings to TF-IDF vectors (sublinear tf, L2-normalised) over a vocabulary learnt from the
 * training set; features seen in fewer than `minDf` documents are dropped (they only memorise).
 */
export class Vectorizer {
  private readonly lookup: Map<string, number>;

  constructor(readonly data: VectorizerData) {
    this.lookup = new Map(data.features.map((f, i) => [f, i]));
  }

  get size(): number {
    return this.data.features.length;
  }

  static fit(docs: string[][], minDf = 2, options: FeatureOptions = defaultFeatureOptions): Vectorizer {
    const df = new Map<string, number>();
    for (const doc of docs) for (const f of new Set(doc)) df.set(f, (df.get(f) ?? 0) + 1);
    const features = [...df.entries()].filter(([, n]) => n >= minDf).map(([f]) => f);
    features.sort();
    const n = docs.length;
    const idf = features.map((f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1);
    return new Vectorizer({ options, features, idf });
  }

  transform(doc: string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const f of doc) {
      const i = this.lookup.get(f);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const index = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const value = new Float32Array(index.length);
    let norm = 0;
    index.forEach((i, k) => {
      const v = (1 + Math.log(counts.get(i)!)) * this.data.idf[i]!;
      value[k] = v;
      norm += v * v;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < value.length; k++) value[k]! /= norm;
    return { index, value };
  }
}
