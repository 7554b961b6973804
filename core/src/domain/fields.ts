import { z } from 'zod';
import { isSupportedLocalDate } from '../calendar/dates';
import { isSupportedInstant, windowMessage } from '../calendar/window';

/**
 * The building blocks of every input schema (HTTP bodies and parameters, job payloads, imports, the CLI):
 * ids, date-times, text and numbers that the database can store and the desk can compute with. A value
 * outside them is a 400 naming the field, never a 500 from the database.
 */

/** Every id column is a 32-bit signed serial. */
export const MAX_ID = 2_147_483_647;

/** A record id in a JSON body or filter: a positive 32-bit integer. */
export const id = () => z.int().min(1).max(MAX_ID);

/** An id in a path or query string: plain digits only (no `1e3`, `0x10`, ` 7`), then the same range. */
export const idText = () =>
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'a positive integer id')
    .transform(Number)
    .pipe(id());

/** An id in a list filter (JSON, where react-admin may send `7` or `"7"`): either form, same range. */
export const idValue = () => z.union([id(), idText()]);

/** `/:id` of every resource route. */
export const IdParam = z.object({ id: idText() });

/** A case code as the database makes it (`'GD' || lpad(id, 7, '0')`): GD0000123. */
export const caseCode = () =>
  z.string().regex(/^GD\d{7,10}$/, '工单编号形如 GD0000123 (a case code looks like GD0000123)');

/** An integer in a query string, e.g. `days=30`. */
export const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,10}$/, 'an integer')
    .transform(Number)
    .pipe(z.int().min(min).max(max));

/** A finite number within bounds (zod 4 refuses Infinity and NaN; JSON's `1e400` is refused as a body). */
export const finite = (min: number, max: number) => z.number().min(min).max(max);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Text PostgreSQL can store and UTF-8 can carry: no NUL, no unpaired surrogate. */
export const isCleanText = (value: string): boolean =>
  !value.includes('\u0000') && !LONE_SURROGATE.test(value);

export const textIssue = '含有 NUL 或不成对的代理字符 (contains NUL or an unpaired surrogate)';

/** Feed and import text is repaired rather than refused: NUL dropped, unpaired surrogates → U+FFFD. */
export const cleanText = (value: string): string =>
  isCleanText(value) ? value : value.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');

/** Text typed by a person: trimmed (unless `trim: false`, e.g. passwords), bounded, clean. */
export function text(max: number, options: { min?: number; trim?: boolean } = {}) {
  const base = options.trim === false ? z.string() : z.string().trim();
  return base
    .min(options.min ?? 0)
    .max(max)
    .refine(isCleanText, textIssue);
}

/** Text from a feed or an import: bounded, then cleaned. */
export const feedText = (max: number) => z.string().max(max).transform(cleanText);

/** ISO 8601 date, or date-time with optional seconds, fraction and offset. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The instant an ISO text names, or undefined when it is no real date-time inside the supported window.
 * A bare date is midnight UTC (as JavaScript reads it); a time without offset is China Standard Time.
 */
export function parseDateTime(value: string): Date | undefined {
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isSupportedLocalDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return undefined;
  const withZone = m[4] !== undefined && m[7] === undefined ? `${value}+08:00` : value;
  const ms = Date.parse(withZone.replace(' ', 'T'));
  return isSupportedInstant(ms) ? new Date(ms) : undefined;
}

const dateTimeIssue = `须为 ISO 8601 日期时间；${windowMessage.zh} (an ISO 8601 date-time; ${windowMessage.en})`;

/** A date-time given as text (never a number or an array) inside the supported window, as a Date. */
export const dateTime = () =>
  z
    .string()
    .max(40)
    .transform((value, ctx) => {
      const date = parseDateTime(value);
      if (date) return date;
      ctx.addIssue({ code: 'custom', message: dateTimeIssue });
      return z.NEVER;
    });

/** The same, kept as normalised ISO text (job payloads travel as JSON). */
export const isoDateTime = () => dateTime().transform((date) => date.toISOString());

/** A feed's date-time: unreadable or outside the window is ignored (undefined), never refused. */
export const feedDateTime = () =>
  z.unknown().transform((value) => {
    if (typeof value !== 'string' || value.length > 64) return undefined;
    const ms = Date.parse(value);
    return isSupportedInstant(ms) ? new Date(ms).toISOString() : undefined;
  });

/** A local calendar date `YYYY-MM-DD` (China Standard Time) that exists and lies inside the window. */
export const localDate = () =>
  z
    .string()
    .refine(
      isSupportedLocalDate,
      `须为 YYYY-MM-DD 格式的有效日期；${windowMessage.zh} (a real YYYY-MM-DD date; ${windowMessage.en})`,
    );
