import type { CaseFigures } from '@desk/core';

/** 办结, 按时办结, 超期未办结 and 按时办结率 as core defines them (rules/case-figures.ts). */
type RatedFigures = CaseFigures & { onTimeRate: number | null };

/** The shape of `GET /api/dashboard/leader` (api/src/routes/dashboard/leader-stats.ts). */
export interface LeaderStats {
  from: string;
  to: string;
  region: string | null;
  totals: {
    messages: number;
    negative: number;
    published: number;
  } & RatedFigures;
  volumeByDay: { day: string; channel: string; n: number }[];
  categories: { topic: string; n: number }[];
  sentimentByDay: { day: string; label: string; n: number }[];
  regions: { region: string; n: number }[];
  topEvents: { id: number; title: string; hotness: number; messageCount: number; negativeCount: number }[];
  departments: (RatedFigures & {
    departmentId: number | null;
    departmentName: string | null;
    avgHoursToAccept: number | null;
    avgHoursToPublish: number | null;
  })[];
}

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
