import type { SparseVector } from './vocabulary';

export interface TrainOptions {
  epochs: number;
  /** L2 regularisation strength (per example). */
  lambda: number;
  /** Initial learning rate; decays as lr0 / (1 + lr0·lambda·t). */
  learningRate: number;
  seed: number;
  /** Weigh each example by n / (classes · n_class), so small classes count as much (macro-F1). */
  balanced?: boolean;
}

/** Chosen by grouped 5-fold CV (macro-F1 0.890 → 0.891 balanced, against 0.82 at lambda 1e-4). */
export const defaultTrainOptions: TrainOptions = {
  epochs: 30,
  lambda: 2e-6,
  learningRate: 1,
  seed: 7,
  balanced: true,
};

export interface LinearWeights {
  classes: number;
  dims: number;
  /** Feature-major: weights[f * classes + c], so one feature's weights share a cache line. */
  weights: Float32Array;
  bias: Float32Array;
}

/** Deterministic shuffle so the same data trains the same model (tests, evaluation). */
export function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Class probabilities (softmax of the linear scores) of one vector. */
export function predictProba(model: LinearWeights, x: SparseVector, scale = 1): Float64Array {
  const classes = model.classes;
  const scores = new Float64Array(classes);
  for (let k = 0; k < x.index.length; k++) {
    const row = x.index[k]! * classes;
    const v = x.value[k]!;
    for (let c = 0; c < classes; c++) scores[c]! += model.weights[row + c]! * v;
  }
  for (let c = 0; c < classes; c++) scores[c] = scores[c]! * scale + model.bias[c]!;
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}

/**
 * Multinomial logistic regression trained with SGD and L2 decay (Bottou's scaled-weights trick keeps
 * each step proportional to the example's non-zeros, not to the vocabulary).
 */
export function trainSoftmax(
  xs: SparseVector[],
  ys: number[],
  classes: number,
  dims: number,
  options: TrainOptions = defaultTrainOptions,
): LinearWeights {
  const model: LinearWeights = {
    classes,
    dims,
    weights: new Float32Array(classes * dims),
    bias: new Float32Array(classes),
  };
  const counts = new Array<number>(classes).fill(0);
  for (const y of ys) counts[y]!++;
  const weightOf = (y: number) => (options.balanced ? xs.length / (classes * Math.max(1, counts[y]!)) : 1);
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(xs.length, options.seed + epoch)) {
      const lr = options.learningRate / (1 + options.learningRate * options.lambda * t++);
      const x = xs[i]!;
      const w = weightOf(ys[i]!);
      const p = predictProba(model, x, scale);
      scale *= 1 - lr * options.lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < model.weights.length; k++) model.weights[k]! *= scale;
        scale = 1;
      }
      for (let c = 0; c < classes; c++) {
        const g = w * (p[c]! - (ys[i] === c ? 1 : 0));
        if (Math.abs(g) < 1e-6) continue;
        const step = (lr * g) / scale;
        for (let k = 0; k < x.index.length; k++)
          model.weights[x.index[k]! * classes + c]! -= step * x.value[k]!;
        model.bias[c]! -= lr * g * 0.1;
      }
    }
  }
  for (let k = 0; k < model.weights.length; k++) model.weights[k]! *= scale;
  return model;
}
