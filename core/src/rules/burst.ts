import type { AlertLevel } from '../domain/alert';

/**
 * When does an event's volume become an alert? Tunable numbers, each with its reason.
 * - BURST_WINDOW_MINUTES: the desk promises an alert within a minute of a burst; counting over the
 *   last hour catches a matter that grows over tens of minutes, not just within seconds.
 * - MIN_BURST: fewer messages than this are a conversation, not a burst.
 * - GROWTH_FACTOR: the last hour must exceed the hourly baseline of the previous day this many times.
 */
export const burstTuning = {
  windowMinutes: 60,
  baselineHours: 24,
  minBurst: 5,
  growthFactor: 3,
  /** A window this negative (share of 负面) raises a negativity alert from MIN_BURST messages. */
  negativeShare: 0.7,
  levels: { red: 30, orange: 15, yellow: 5 },
};

export interface WindowCounts {
  /** Messages of the event in the last window. */
  recent: number;
  recentNegative: number;
  /** Messages of the event in the baseline period before the window. */
  baseline: number;
}

export interface BurstDecision {
  kind: 'burst' | 'negative';
  level: AlertLevel;
  reason: { zh: string; en: string };
}

const levelFor = (n: number, t = burstTuning): AlertLevel =>
  n >= t.levels.red ? 'red' : n >= t.levels.orange ? 'orange' : n >= t.levels.yellow ? 'yellow' : 'blue';

/** Decide whether the counts of one event are a volume/growth burst or a negativity burst. */
export function detectBurst(c: WindowCounts, t = burstTuning): BurstDecision | null {
  if (c.recent < t.minBurst) return null;
  const hourlyBaseline = c.baseline / t.baselineHours;
  const expected = hourlyBaseline * (t.windowMinutes / 60);
  if (c.recent >= t.growthFactor * Math.max(expected, 1)) {
    return {
      kind: 'burst',
      level: levelFor(c.recent, t),
      reason: {
        zh: `近${t.windowMinutes}分钟${c.recent}条，高于基线${expected.toFixed(1)}条的${t.growthFactor}倍`,
        en: `${c.recent} messages in ${t.windowMinutes} min, over ${t.growthFactor}× the baseline of ${expected.toFixed(1)}`,
      },
    };
  }
  if (c.recentNegative / c.recent >= t.negativeShare) {
    return {
      kind: 'negative',
      level: levelFor(c.recent, t),
      reason: {
        zh: `近${t.windowMinutes}分钟负面${c.recentNegative}/${c.recent}条`,
        en: `${c.recentNegative} of ${c.recent} messages negative in ${t.windowMinutes} min`,
      },
    };
  }
  return null;
}
