import {
  EARLIEST_LOCAL_DATE,
  isSupportedInstant,
  LATEST_LOCAL_DATE,
  CST_OFFSET_MS as OFFSET_MS,
  outOfWindow,
} from './window';

/**
 * Calendar dates in China Standard Time: statutory periods are counted in local calendar days, whatever
 * the server's time zone. Every helper refuses dates outside the supported window (window.ts), so a loop
 * that steps through days always ends.
 */
const DAY_MS = 86_400_000;

/** A local date as `YYYY-MM-DD`. */
export type LocalDate = string;

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function localDateOf(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (!isSupportedInstant(ms)) throw outOfWindow(Number.isNaN(ms) ? 'Invalid Date' : String(ms));
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date (not 2024-02-30) inside the supported window. */
export function isSupportedLocalDate(date: string): boolean {
  if (!LOCAL_DATE.test(date) || date < EARLIEST_LOCAL_DATE || date > LATEST_LOCAL_DATE) return false;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(date);
}

/** Midnight UTC of a local date, refused outside the window. */
function utcMidnight(date: LocalDate): number {
  if (!isSupportedLocalDate(date)) throw outOfWindow(date);
  return Date.parse(`${date}T00:00:00Z`);
}

/** 00:00 local time of a date. */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(utcMidnight(date) - OFFSET_MS);
}

/** The last millisecond of a date in local time: a deadline "on day X" runs until then. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(startOfLocalDay(date).getTime() + DAY_MS - 1);
}

/** The date `days` later (or earlier); refuses to leave the window, which bounds every day-stepping loop. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const ms = utcMidnight(date) + days * DAY_MS;
  if (!isSupportedInstant(ms - OFFSET_MS)) throw outOfWindow(`${date} + ${days} d`);
  return new Date(ms).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (date: LocalDate): boolean => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: LocalDate, b: LocalDate): number =>
  Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);

export const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

/** Format an instant as local `YYYY-MM-DD HH:mm`, for explanations people read. */
export function formatLocal(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
