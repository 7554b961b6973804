import { type Evaluation, evaluate } from './metrics';
import { lexiconSentiment, normalizeSentimentLabel, SentimentModel, sentimentLabels } from './sentiment';
import type { SentimentInput } from './sentiment-rules';

/** One labelled test or training row: a message (title, body, metadata) and its label. */
export interface LabelledSentiment extends SentimentInput {
  label: string;
}

export interface SentimentEvaluation extends Evaluation {
  /** 'binary' when every gold label is 0/1 (reviews): predictions are then 负面 vs 正面. */
  mode: 'binary' | 'three-way';
}

/** Rows whose label is one of 0/1/负面/中性/正面, with the label normalised; others are dropped. */
export function normalizeRows<T extends { label: unknown }>(rows: T[]): (T & { label: string })[] {
  return rows.flatMap((r) => {
    const label = normalizeSentimentLabel(r.label);
    return label ? [{ ...r, label }] : [];
  });
}

const isBinary = (rawLabels: unknown[]) => rawLabels.every((l) => String(l) === '0' || String(l) === '1');

/**
 * Score the desk's default (no `train`) or a model trained on `train` against `test`. Labels 0/1 are
 * judged as 负面 vs not: the default's 中性 counts as not negative, a model answers by its polarity.
 */
export function evaluateSentimentRun(
  test: (SentimentInput & { label: unknown })[],
  train?: (SentimentInput & { label: unknown })[],
): SentimentEvaluation {
  const mode = isBinary(test.map((r) => r.label)) ? 'binary' : 'three-way';
  const rows = normalizeRows(test);
  const model = train
    ? SentimentModel.train(
        normalizeRows(train).map((r) => ({ title: r.title, body: r.body, label: r.label })),
      )
    : null;
  const predicted = rows.map((row) => {
    if (!model) {
      const label = lexiconSentiment(row).label;
      return mode === 'binary' && label === '中性' ? '正面' : label;
    }
    if (mode === 'binary') return model.polarity(row) ? '正面' : '负面';
    return model.score(row).label;
  });
  const result = evaluate(
    rows.map((r) => r.label),
    predicted,
  );
  return { ...result, mode };
}

/** The lines the issue asks for: recall per class present, macro-F1, and accuracy last. */
export function sentimentReport(result: Evaluation): string[] {
  const recall = sentimentLabels.flatMap((label) => {
    const c = result.perClass.find((p) => p.label === label);
    return c ? [`recall ${label} ${c.recall.toFixed(4)}`] : [];
  });
  return [...recall, `macro-F1 ${result.macroF1.toFixed(4)}`, `accuracy ${result.accuracy.toFixed(4)}`];
}
