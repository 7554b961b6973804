import { type LabelledDocument, TextClassifier } from './classifier';
import { groupedFolds, groupedHoldout, normalizeTitle } from './cross-validate';
import { type Evaluation, evaluate } from './metrics';

export interface ClassifierProtocol {
  /** Folds of grouped cross-validation (when there is no test set and no holdout share). */
  folds: number;
  /** Independent runs: CV with differently drawn folds, or held-out splits with different seeds. */
  repeats: number;
  /** Share of a stratified grouped held-out split instead of cross-validation, e.g. 0.2. */
  holdout?: number;
}

type Split = { train: LabelledDocument[]; test: LabelledDocument[] };
const titleKey = (d: LabelledDocument) => normalizeTitle(d.title);

/** The splits of one run: run 0 of CV is the unsalted fold assignment the desk always used. */
function splitsOf(train: LabelledDocument[], protocol: ClassifierProtocol, run: number): Split[] {
  if (protocol.holdout) return [groupedHoldout(train, titleKey, (d) => d.label, protocol.holdout, run + 1)];
  const key = run === 0 ? titleKey : (d: LabelledDocument) => `${run}:${titleKey(d)}`;
  return groupedFolds(train, key, protocol.folds);
}

function scoreSplits(splits: Split[]): Evaluation {
  const gold: string[] = [];
  const predicted: string[] = [];
  for (const split of splits) {
    const model = TextClassifier.train(split.train);
    for (const doc of split.test) {
      gold.push(doc.label);
      predicted.push(model.predict(doc).label);
    }
  }
  return evaluate(gold, predicted);
}

/**
 * Train on one set and score another; with no test set, grouped (by normalised title) cross-validation
 * or stratified grouped held-out splits of the first, `repeats` times: one split says little (±0.5).
 */
export function evaluateClassifierRuns(
  train: LabelledDocument[],
  test: LabelledDocument[] | null,
  protocol: ClassifierProtocol,
): Evaluation[] {
  if (test) return [scoreSplits([{ train, test }])];
  return Array.from({ length: protocol.repeats }, (_, run) => scoreSplits(splitsOf(train, protocol, run)));
}

/** One run of grouped k-fold cross-validation (or the test set): the figure of earlier releases. */
export function evaluateClassifier(
  train: LabelledDocument[],
  test: LabelledDocument[] | null,
  folds = 5,
): Evaluation {
  return evaluateClassifierRuns(train, test, { folds, repeats: 1 })[0]!;
}

export interface RunSummary {
  perClass: { label: string; f1: number; sd: number }[];
  macroF1: number;
  macroF1Sd: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** Mean and standard deviation over runs, per class and of macro-F1. */
export function summarizeRuns(runs: Evaluation[]): RunSummary {
  const labels = [...new Set(runs.flatMap((r) => r.perClass.map((c) => c.label)))].sort();
  const f1s = (label: string) => runs.map((r) => r.perClass.find((c) => c.label === label)?.f1 ?? 0);
  return {
    perClass: labels.map((label) => ({ label, f1: mean(f1s(label)), sd: sd(f1s(label)) })),
    macroF1: mean(runs.map((r) => r.macroF1)),
    macroF1Sd: sd(runs.map((r) => r.macroF1)),
  };
}
