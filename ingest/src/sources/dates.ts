/**
 * Publication times as feeds write them: RFC 822 (RSS), ISO 8601 (Atom, JSON), unix seconds or
 * milliseconds, and Chinese sites' local forms without a zone ("2019-02-28 11:25:05", "2019年2月28日
 * 11:25"), which are Beijing time (UTC+8).
 */
const LOCAL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseFeedDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return fromEpoch(value);
  const text = String(value).trim();
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(Number(text));
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h - 8, +mi, +s));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function fromEpoch(n: number): Date | null {
  const date = new Date(n < 1e12 ? n * 1000 : n);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ISO text for a job payload, or undefined; dates far in the future are feed errors and dropped. */
export function isoOrUndefined(value: unknown, now = Date.now()): string | undefined {
  const date = parseFeedDate(value);
  if (!date || date.getTime() > now + 86_400_000) return undefined;
  return date.toISOString();
}
