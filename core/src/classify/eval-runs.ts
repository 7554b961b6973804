import { type LabelledDocument, TextClassifier } from './classifier';
import { groupedFolds, normalizeTitle } from './cross-validate';
import { type Evaluation, evaluate } from './metrics';
import { type SentimentExample, SentimentModel } from './sentiment';

/** Train on one set and score another; with no test set, grouped k-fold cross-validation of the first. */
export function evaluateClassifier(
  train: LabelledDocument[],
  test: LabelledDocument[] | null,
  folds = 5,
): Evaluation {
  const splits = test ? [{ train, test }] : groupedFolds(train, (d) => normalizeTitle(d.title), folds);
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

/** The same for binary sentiment (folds grouped by the exact text, so duplicates stay together). */
export function evaluateSentiment(
  train: SentimentExample[],
  test: SentimentExample[] | null,
  folds = 5,
): Evaluation {
  const splits = test ? [{ train, test }] : groupedFolds(train, (e) => e.text, folds);
  const gold: string[] = [];
  const predicted: string[] = [];
  for (const split of splits) {
    const model = SentimentModel.train(split.train);
    for (const example of split.test) {
      gold.push(String(example.label));
      predicted.push(String(model.polarity(example.text)));
    }
  }
  return evaluate(gold, predicted);
}
