import { createHash } from 'node:crypto';

/** Title normalisation of the data set's notes: reposts differ only by spaces and asterisks. */
export const normalizeTitle = (title: string): string => title.replace(/[\s\u3000\u00A0*]/g, '');

/** Fold of a group key, stable across runs (a hash, not a random draw). */
export function foldOf(key: string, folds: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % folds;
}

/**
 * Grouped k-fold split: every item with the same group key (normalised title) falls in the same fold,
 * so a repost never sits on both sides.
 */
export function groupedFolds<T>(
  items: T[],
  groupKey: (item: T) => string,
  folds: number,
): { train: T[]; test: T[] }[] {
  const assigned = items.map((item) => foldOf(groupKey(item), folds));
  return Array.from({ length: folds }, (_, k) => ({
    train: items.filter((_, i) => assigned[i] !== k),
    test: items.filter((_, i) => assigned[i] === k),
  }));
}
