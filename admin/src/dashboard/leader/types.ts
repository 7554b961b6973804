import type { LeaderStatsResponse } from '../../providers/api-types';

/** The shape of `GET /api/dashboard/leader`, derived from the route (api/src/routes/dashboard). */
export type LeaderStats = LeaderStatsResponse;

/** Rows of (day, key, n) → the day axis and one series per key, zero-filled. */
export function pivot<R extends { day: string; n: number }>(rows: R[], keyOf: (r: R) => string) {
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const keys = [...new Set(rows.map(keyOf))];
  const index = new Map(days.map((d, i) => [d, i]));
  const series = keys.map((key) => {
    const data = days.map(() => 0);
    for (const r of rows)
      if (keyOf(r) === key) data[index.get(r.day)!] = (data[index.get(r.day)!] ?? 0) + r.n;
    return { key, data };
  });
  return { days, series };
}

/** Average over departments weighted by how many cases each completed (办结). */
export function weightedHours(
  departments: LeaderStats['departments'],
  pick: (d: LeaderStats['departments'][number]) => number | null,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const d of departments) {
    const value = pick(d);
    if (value === null || d.completed === 0) continue;
    sum += value * d.completed;
    weight += d.completed;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}
