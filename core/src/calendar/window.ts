import { AppError } from '../errors';

/**
 * The one window of dates the desk accepts and computes with, in China Standard Time: input schemas
 * refuse date-times outside it and the calendar refuses to count past it, so no loop can run away.
 */
export const SUPPORTED_YEARS = { first: 1970, last: 2100 } as const;

/** China Standard Time is UTC+8 (no daylight saving since 1991). */
export const CST_OFFSET_MS = 8 * 3_600_000;
/** 1970-01-01 00:00 CST, the first supported instant. */
export const EARLIEST_INSTANT_MS = Date.UTC(SUPPORTED_YEARS.first, 0, 1) - CST_OFFSET_MS;
/** 2100-12-31 23:59:59.999 CST, the last supported instant. */
export const LATEST_INSTANT_MS = Date.UTC(SUPPORTED_YEARS.last + 1, 0, 1) - CST_OFFSET_MS - 1;
/** The same window as local dates (`YYYY-MM-DD` compares as text). */
export const EARLIEST_LOCAL_DATE = `${SUPPORTED_YEARS.first}-01-01`;
export const LATEST_LOCAL_DATE = `${SUPPORTED_YEARS.last}-12-31`;

export const isSupportedInstant = (ms: number): boolean =>
  ms >= EARLIEST_INSTANT_MS && ms <= LATEST_INSTANT_MS;

/** The bilingual sentence every refusal of an out-of-window date uses. */
export const windowMessage = {
  zh: `日期须在 ${SUPPORTED_YEARS.first} 年至 ${SUPPORTED_YEARS.last} 年之间`,
  en: `Dates must lie between ${SUPPORTED_YEARS.first} and ${SUPPORTED_YEARS.last}`,
};

/** Thrown where a computation would leave the window (a deadline past 2100, a start before 1970). */
export function outOfWindow(value: string): AppError {
  return new AppError('DATE_OUT_OF_RANGE', windowMessage, {
    value,
    earliest: EARLIEST_LOCAL_DATE,
    latest: LATEST_LOCAL_DATE,
  });
}
