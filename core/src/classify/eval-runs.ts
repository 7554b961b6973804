import { type LabelledDocument, TextClassifier } from './classifier';
import { groupedFolds, normalizeTitle } from './cross-validate';
import { type Evaluation, evaluate } from './metrics';

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
