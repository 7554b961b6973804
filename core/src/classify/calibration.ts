import type { LinearWeights } from './linear-model';

/**
 * The factor t for which softmax(t · scores) has the least log-loss on examples the model did not
 * train on (temperature scaling, Guo et al. 2017): the winner does not change, but a confidence of 0.6
 * then means right about 6 times in 10, which is what the "needs review" threshold assumes.
 */
export function fitTemperature(scores: ArrayLike<number>[], gold: number[]): number {
  const loss = (t: number) => {
    let sum = 0;
    scores.forEach((s, i) => {
      let max = -Infinity;
      for (let c = 0; c < s.length; c++) max = Math.max(max, t * s[c]!);
      let total = 0;
      for (let c = 0; c < s.length; c++) total += Math.exp(t * s[c]! - max);
      sum += Math.log(total) + max - t * s[gold[i]!]!;
    });
    return sum;
  };
  // Golden-section search over log t in [1/64, 64]: the loss is convex in t.
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(1 / 64);
  let high = Math.log(64);
  for (let step = 0; step < 60; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (loss(Math.exp(a)) <= loss(Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}

/** A linear model whose scores are multiplied by t (weights and bias alike). */
export function scaled(model: LinearWeights, t: number): LinearWeights {
  return {
    ...model,
    weights: Float32Array.from(model.weights, (w) => w * t),
    bias: Float32Array.from(model.bias, (b) => b * t),
  };
}
