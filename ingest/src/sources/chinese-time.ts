import { parseFeedDate } from './dates';

/**
 * Times as Chinese web pages write them, read in China Standard Time (UTC+8, no daylight saving)
 * whatever the server's zone: "2026年12月4日 14:05", "2026-12-04", "12-04 14:05", "3小时前",
 * "半小时前", "昨天 08:12", "刚刚", "14:05" (today). chrono-node's Chinese parser was tried and dropped:
 * it shifts relative times by the zone offset, misreads "2026/12/04" and knows no "刚刚".
 */
const CST_OFFSET_MS = 8 * 3_600_000;
const UNIT_MS: Record<string, number> = {
  秒: 1_000,
  分: 60_000,
  分钟: 60_000,
  小时: 3_600_000,
  个小时: 3_600_000,
  天: 86_400_000,
  周: 7 * 86_400_000,
  星期: 7 * 86_400_000,
  个星期: 7 * 86_400_000,
  月: 30 * 86_400_000,
  个月: 30 * 86_400_000,
  年: 365 * 86_400_000,
};
const DAY_WORDS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2 };

const JUST_NOW = /刚刚|刚才|片刻之?前/;
const AGO = /(\d+|半|一|两)\s*(秒|分钟|分|个小时|小时|天|个星期|星期|周|个月|月|年)\s*(?:之)?前/;
const DAY_WORD = /(今天|今日|昨天|昨日|前天)\s*(?:(\d{1,2})[:：时点](\d{1,2})分?(?:[:：](\d{1,2}))?)?/;
const FULL =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})[:：时点](\d{1,2})分?(?:[:：](\d{1,2}))?)?/;
const MONTH_DAY =
  /(?<!\d)(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2})[:：](\d{2})(?::(\d{2}))?)?(?!\d)/;
const TIME_ONLY = /^(\d{1,2})[:：](\d{2})(?::(\d{2}))?$/;

const count = (n: string) => (n === '半' ? 0.5 : n === '一' ? 1 : n === '两' ? 2 : Number(n));

/** The CST calendar fields of an instant (year, month 0-11, day). */
function cstDay(now: Date): [number, number, number] {
  const shifted = new Date(now.getTime() + CST_OFFSET_MS);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()];
}

/** The instant of a CST wall-clock time; null when a field is out of range (2026-02-30). */
function fromCst(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(Date.UTC(y, mo, d, h, mi, s) - CST_OFFSET_MS);
  return new Date(date.getTime() + CST_OFFSET_MS).getUTCDate() === d ? date : null;
}

const num = (v: string | undefined) => (v === undefined ? 0 : Number(v));

function relative(text: string, now: Date): Date | null {
  if (JUST_NOW.test(text)) return new Date(now);
  const ago = AGO.exec(text);
  if (ago) return new Date(now.getTime() - count(ago[1]!) * UNIT_MS[ago[2]!]!);
  const day = DAY_WORD.exec(text);
  if (day) {
    const [y, mo, d] = cstDay(now);
    return fromCst(y, mo, d - DAY_WORDS[day[1]!]!, num(day[2]), num(day[3]), num(day[4]));
  }
  return null;
}

/** A date without a year is this year's, or last year's if that would lie in the future. */
function withoutYear(match: RegExpExecArray, now: Date): Date | null {
  const [y] = cstDay(now);
  const [, mo, d, h, mi, s] = match;
  const date = fromCst(y, Number(mo) - 1, Number(d), num(h), num(mi), num(s));
  if (date && date.getTime() > now.getTime() + 86_400_000)
    return fromCst(y - 1, Number(mo) - 1, Number(d), num(h), num(mi), num(s));
  return date;
}

/** Undefined when no pattern fits; null when one fits but names no real day (2026-02-30). */
function absolute(text: string, now: Date): Date | null | undefined {
  const full = FULL.exec(text);
  if (full) {
    const [, y, mo, d, h, mi, s] = full;
    return fromCst(Number(y), Number(mo) - 1, Number(d), num(h), num(mi), num(s));
  }
  const clock = TIME_ONLY.exec(text);
  if (clock) {
    const [y, mo, d] = cstDay(now);
    const today = fromCst(y, mo, d, num(clock[1]), num(clock[2]), num(clock[3]));
    return today && today > now ? fromCst(y, mo, d - 1, num(clock[1]), num(clock[2]), num(clock[3])) : today;
  }
  const monthDay = MONTH_DAY.exec(text);
  return monthDay ? withoutYear(monthDay, now) : undefined;
}

/** The instant a page's time text names, or null; machine forms (ISO 8601, RFC 822, epoch) also work. */
export function parseChineseTime(value: string | null | undefined, now = new Date()): Date | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) || /^\d{10}(\d{3})?$/.test(text) || /^[A-Z][a-z]{2}, /.test(text))
    return parseFeedDate(text);
  const found = relative(text, now) ?? absolute(text, now);
  return found === undefined ? parseFeedDate(text) : found;
}
