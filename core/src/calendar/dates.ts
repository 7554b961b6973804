/**
 * Calendar dates in China Standard Time (UTC+8, no daylight saving since 1991): statutory periods are
 * counted in local calendar days, whatever the server's time zone.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** A local date as `YYYY-MM-DD`. */
export type LocalDate = string;

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function localDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 local time of a date. */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

/** The last millisecond of a date in local time: a deadline "on day X" runs until then. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(startOfLocalDay(date).getTime() + DAY_MS - 1);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
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
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

export const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

/** Format an instant as local `YYYY-MM-DD HH:mm`, for explanations people read. */
export function formatLocal(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
