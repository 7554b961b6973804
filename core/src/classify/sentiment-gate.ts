import { foldOf, normalizeTitle } from './cross-validate';
import { evaluate } from './metrics';
import { lexiconSentiment, normalizeSentimentLabel, SentimentModel } from './sentiment';
import type { SentimentTrainingExample } from './sentiment-model';

/** Fewer officer-confirmed examples than this say nothing reliable: the default stays. */
export const MIN_CONFIRMED_EXAMPLES = 20;
/** Confirmed examples are split in two: each half is scored by a candidate trained without it. */
const CROSS_FOLDS = 2;

export interface GateFigures {
  macroF1: number;
  accuracy: number;
}

export interface GateDecision {
  activate: boolean;
  reason: 'better-than-default' | 'not-better-than-default' | 'too-few-confirmed-examples';
  confirmed: number;
  candidate?: GateFigures;
  default?: GateFigures;
}

const figures = (gold: string[], predicted: string[]): GateFigures => {
  const { macroF1, accuracy } = evaluate(gold, predicted);
  return { macroF1, accuracy };
};

/**
 * Should a candidate trained on `uploads` + `confirmed` replace the desk's default? Both are scored on
 * the officer-confirmed examples (the desk's own messages and labels); the candidate never scores an
 * example it was trained on. It is activated only when its macro-F1 there is strictly higher.
 */
export function compareWithDefault(
  uploads: SentimentTrainingExample[],
  confirmed: SentimentTrainingExample[],
): GateDecision {
  const labelled = confirmed.filter((e) => normalizeSentimentLabel(e.label));
  const gold = labelled.map((e) => normalizeSentimentLabel(e.label)!);
  if (labelled.length < MIN_CONFIRMED_EXAMPLES || new Set(gold).size < 2)
    return { activate: false, reason: 'too-few-confirmed-examples', confirmed: labelled.length };
  const fold = labelled.map((e) => foldOf(normalizeTitle(e.title), CROSS_FOLDS));
  const predicted = new Array<string>(labelled.length);
  for (let k = 0; k < CROSS_FOLDS; k++) {
    const train = [...uploads, ...labelled.filter((_, i) => fold[i] !== k)];
    if (new Set(train.map((e) => e.label)).size < 2) continue;
    const model = SentimentModel.train(train);
    labelled.forEach((e, i) => {
      if (fold[i] === k) predicted[i] = model.score(e).label;
    });
  }
  const candidate = figures(
    gold,
    predicted.map((p) => p ?? '中性'),
  );
  const byDefault = figures(
    gold,
    labelled.map((e) => lexiconSentiment(e).label),
  );
  const activate = candidate.macroF1 > byDefault.macroF1;
  return {
    activate,
    reason: activate ? 'better-than-default' : 'not-better-than-default',
    confirmed: labelled.length,
    candidate,
    default: byDefault,
  };
}
