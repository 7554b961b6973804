/** Periods the leader picks from; each ends now (tomorrow 00:00 Beijing, so today counts). */
export const periods = ['7d', '30d', '90d', 'year'] as const;
export type Period = (typeof periods)[number];

const DAY = 86_400_000;

export function periodRange(period: Period, now = new Date()): { from: Date; to: Date } {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  const todayStart =
    Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()) - 8 * 3_600_000;
  const to = new Date(todayStart + DAY);
  if (period === 'year')
    return { from: new Date(Date.UTC(beijing.getUTCFullYear(), 0, 1) - 8 * 3_600_000), to };
  const days = { '7d': 7, '30d': 30, '90d': 90 }[period];
  return { from: new Date(to.getTime() - days * DAY), to };
}
