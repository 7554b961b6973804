/** Urgency bands of a deadline, from the time left (negative = overdue). */
export type Urgency = 'overdue' | 'critical' | 'soon' | 'ok';

const HOUR = 3_600_000;
/** Less than a working day left is critical; less than three days is "soon". */
export const CRITICAL_MS = 24 * HOUR;
export const SOON_MS = 72 * HOUR;

export function urgencyOf(msLeft: number): Urgency {
  if (msLeft < 0) return 'overdue';
  if (msLeft < CRITICAL_MS) return 'critical';
  if (msLeft < SOON_MS) return 'soon';
  return 'ok';
}

export const urgencyColor: Record<Urgency, 'error' | 'warning' | 'info' | 'success'> = {
  overdue: 'error',
  critical: 'warning',
  soon: 'info',
  ok: 'success',
};

/** `{days, hours, minutes}` of a duration, for "还剩 2 天 3 小时" / "超期 5 小时". */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const abs = Math.abs(ms);
  return {
    days: Math.floor(abs / (24 * HOUR)),
    hours: Math.floor((abs % (24 * HOUR)) / HOUR),
    minutes: Math.floor((abs % HOUR) / 60_000),
  };
}
