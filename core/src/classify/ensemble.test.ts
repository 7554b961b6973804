import { describe, expect, it } from 'vitest';
import { fitTemperature, scaled } from './calibration';
import { ENSEMBLE_WEIGHTS, nbLogCountRatios, scoreSpread, sumModels, trainEnsemble } from './ensemble';
import { defaultSvmOptions, trainBinarySvm, trainOneVsRest } from './svm';
import type { SparseVector } from './vocabulary';

/** Tiny sparse vectors: feature 0 marks label 0, feature 1 label 1, feature 2 label 2, 3 is noise. */
const vec = (pairs: [number, number][]): SparseVector => ({
  index: Int32Array.from(pairs, ([i]) => i),
  value: Float32Array.from(pairs, ([, v]) => v),
});
const xs = [
  vec([
    [0, 0.9],
    [3, 0.4],
  ]),
  vec([[0, 1]]),
  vec([
    [0, 0.8],
    [3, 0.6],
  ]),
  vec([
    [1, 0.9],
    [3, 0.4],
  ]),
  vec([[1, 1]]),
  vec([
    [1, 0.7],
    [3, 0.7],
  ]),
  vec([[2, 1]]),
  vec([
    [2, 0.9],
    [3, 0.4],
  ]),
];
const ys = [0, 0, 0, 1, 1, 1, 2, 2];
const score = (w: { weights: Float32Array; bias: Float32Array; classes: number }, x: SparseVector) =>
  Array.from({ length: w.classes }, (_, c) =>
    x.index.reduce((s, f, k) => s + w.weights[f * w.classes + c]! * x.value[k]!, w.bias[c]!),
  );
const argmax = (s: number[]) => s.indexOf(Math.max(...s));

describe('one-vs-rest SVM', () => {
  it('separates linearly separable examples with a margin of about one', () => {
    const sides = Int8Array.from(ys, (y) => (y === 0 ? 1 : -1));
    const costs = new Float64Array(ys.length).fill(10);
    const w = trainBinarySvm(xs, sides, costs, 4, { ...defaultSvmOptions, tolerance: 1e-4 });
    xs.forEach((x, i) => {
      const margin = x.index.reduce((s, f, k) => s + w[f]! * x.value[k]!, w[4]!);
      expect(sides[i]! * margin).toBeGreaterThan(0.8);
    });
  });

  it('folds feature scales into its weights, so it scores the unscaled vector', () => {
    const scales = [0, 1, 2].map(() => Float32Array.from([2, 2, 2, 0.5]));
    const folded = trainOneVsRest(xs, ys, 3, 4, defaultSvmOptions, scales);
    const scaledXs = xs.map((x) => vec([...x.index].map((f, k) => [f, x.value[k]! * scales[0]![f]!])));
    const direct = trainOneVsRest(scaledXs, ys, 3, 4, defaultSvmOptions);
    for (const x of xs) {
      const viaScale = vec([...x.index].map((f, k) => [f, x.value[k]! * scales[0]![f]!]));
      const a = score(folded, x);
      const b = score(direct, viaScale);
      for (const [c, s] of a.entries()) expect(s).toBeCloseTo(b[c]!, 4);
    }
  });
});

describe('the NB-SVM ensemble', () => {
  it('gives a feature seen only with one label a positive NB ratio for it and a negative one for others', () => {
    const r = nbLogCountRatios(xs, ys, 3, 4);
    expect(r[0]![0]).toBeGreaterThan(0);
    expect(r[1]![0]).toBeLessThan(0);
    expect(Math.abs(r[0]![3]!)).toBeLessThan(r[0]![0]!);
  });

  it('is the weighted sum of its members, each divided by its spread', () => {
    const svm = trainOneVsRest(xs, ys, 3, 4);
    const nbSvm = trainOneVsRest(xs, ys, 3, 4, defaultSvmOptions, nbLogCountRatios(xs, ys, 3, 4));
    const sum = trainEnsemble(xs, ys, 3, 4);
    const spreads = [scoreSpread(svm, xs), scoreSpread(nbSvm, xs)];
    const probe = vec([
      [0, 0.5],
      [2, 0.5],
      [3, 0.7],
    ]);
    const expected = score(svm, probe).map(
      (s, c) =>
        (ENSEMBLE_WEIGHTS.svm * s) / spreads[0]! +
        (ENSEMBLE_WEIGHTS.nbSvm * score(nbSvm, probe)[c]!) / spreads[1]!,
    );
    for (const [c, s] of score(sum, probe).entries()) expect(s).toBeCloseTo(expected[c]!, 4);
    expect(xs.map((x) => argmax(score(sum, x)))).toEqual(ys);
  });

  it('sums models with their weights', () => {
    const one = { classes: 2, dims: 1, weights: Float32Array.from([1, -1]), bias: Float32Array.from([0, 1]) };
    const sum = sumModels([
      { model: one, weight: 1, spread: 2 },
      { model: one, weight: 3, spread: 1 },
    ]);
    expect([...sum.weights]).toEqual([3.5, -3.5]);
    expect([...sum.bias]).toEqual([0, 3.5]);
  });
});

describe('temperature scaling', () => {
  it('sharpens scores that are right more often than their softmax says, and softens overconfident ones', () => {
    const scores = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? [0, 0.2] : [0.2, 0]));
    const gold = scores.map(() => 0);
    expect(fitTemperature(scores, gold)).toBeGreaterThan(5);
    const overconfident = Array.from({ length: 100 }, (_, i) => [10, 0].map((s) => (i % 2 ? s : -s)));
    expect(fitTemperature(overconfident, gold)).toBeLessThan(0.2);
  });

  it('multiplies weights and bias alike', () => {
    const model = {
      classes: 2,
      dims: 1,
      weights: Float32Array.from([1, -2]),
      bias: Float32Array.from([0.5, 0]),
    };
    const twice = scaled(model, 2);
    expect([...twice.weights]).toEqual([2, -4]);
    expect([...twice.bias]).toEqual([1, 0]);
  });
});
