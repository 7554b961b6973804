/**
 * The desk's one time zone: every time shown or exported is China Standard Time, whatever the browser's or
 * the server's zone (core's calendar counts deadlines in it: `CST_OFFSET_MS`). China keeps no summer time,
 * so the offset is fixed.
 */
export const DESK_TIMEZONE = 'Asia/Shanghai';
export const DESK_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3_600_000;

/** The wall clock in Shanghai as `YYYY-MM-DD` and `HH:mm:ss`. */
export function shanghaiParts(value: Date | string | number): { date: string; time: string } {
  const iso = new Date(new Date(value).getTime() + OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** `2026-12-05T15:05:00+08:00`: the instant with its Shanghai offset (CSV cells, file-name stamps). */
export function isoInShanghai(value: Date | string | number): string {
  const { date, time } = shanghaiParts(value);
  return `${date}T${time}${DESK_OFFSET}`;
}

/**
 * A Date whose UTC fields are the Shanghai wall clock: spreadsheets (exceljs) store a date-time without a
 * zone, from the UTC fields, so the cell then reads as the desk shows it.
 */
export const shanghaiWallClock = (value: Date | string | number): Date =>
  new Date(new Date(value).getTime() + OFFSET_MS);

/** `YYYY-MM-DDTHH:mm` in Shanghai, the value a `datetime-local` input holds. */
export const toLocalInput = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  const { date: d, time } = shanghaiParts(date);
  return `${d}T${time.slice(0, 5)}`;
};

/** A `datetime-local` value read as Shanghai time, back to an instant with its offset. */
export const fromLocalInput = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)
    ? `${value.slice(0, 16)}:00${DESK_OFFSET}`
    : null;

/** Options for `toLocaleString` / react-admin's DateField: Shanghai, 24-hour clock. */
export const deskTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: DESK_TIMEZONE,
  hour12: false,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
};
