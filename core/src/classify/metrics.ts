export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  perClass: ClassScore[];
  macroF1: number;
  accuracy: number;
  total: number;
}

/** Per-class precision / recall / F1, their macro average and accuracy. */
export function evaluate(gold: string[], predicted: string[]): Evaluation {
  const labels = [...new Set(gold)].sort();
  const perClass = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: tp + fn };
  });
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return {
    perClass,
    macroF1: perClass.reduce((s, c) => s + c.f1, 0) / (perClass.length || 1),
    accuracy: gold.length ? correct / gold.length : 0,
    total: gold.length,
  };
}

/** A fixed-width text table of an evaluation, one line per class. */
export function formatEvaluation(result: Evaluation): string {
  const rows = result.perClass.map(
    (c) =>
      `${c.label.padEnd(10, '\u3000')} P ${c.precision.toFixed(4)}  R ${c.recall.toFixed(4)}  F1 ${c.f1.toFixed(4)}  n ${c.support}`,
  );
  return [...rows, `accuracy ${result.accuracy.toFixed(4)} (n ${result.total})`].join('\n');
}
