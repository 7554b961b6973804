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

/**
 * A stratified grouped held-out split, as the maintainers drew theirs: per label (of a group's first
 * item), groups in a seeded hash order go to the test side until it holds `share` of that label's items.
 */
export function groupedHoldout<T>(
  items: T[],
  groupKey: (item: T) => string,
  labelOf: (item: T) => string,
  share: number,
  seed: number,
): { train: T[]; test: T[] } {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupKey(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const byLabel = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const label = labelOf(members[0]!);
    byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  }
  const order = (key: string) => createHash('sha1').update(`${seed}:${key}`).digest().readUInt32BE(0);
  const test = new Set<T>();
  for (const keys of byLabel.values()) {
    const total = keys.reduce((n, key) => n + groups.get(key)!.length, 0);
    let taken = 0;
    for (const key of keys.sort((a, b) => order(a) - order(b))) {
      if (taken >= total * share) break;
      for (const item of groups.get(key)!) test.add(item);
      taken += groups.get(key)!.length;
    }
  }
  return { train: items.filter((i) => !test.has(i)), test: items.filter((i) => test.has(i)) };
}
