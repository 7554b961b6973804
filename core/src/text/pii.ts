/**
 * Personal data in citizens' messages: mobile and landline numbers, 身份证 numbers, e-mail addresses.
 * `maskPii` replaces each with a masked form that still shows what it was (138****5678) so a reader
 * knows a number was given; the originals are kept elsewhere for the audited unmask.
 */
export type PiiKind = 'id-card' | 'mobile' | 'landline' | 'email';

export interface PiiMatch {
  kind: PiiKind;
  value: string;
}

const DATE = '(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
const ID_CARD_18 = new RegExp(`(?<![0-9A-Za-z])[1-9]\\d{5}${DATE}\\d{3}[\\dXx](?![0-9A-Za-z])`, 'g');
const ID_CARD_15 = /(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![\d*])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d*])/g;
/** Area code (0 + 2–3 digits) and a 7–8 digit number, e.g. 0798-8222222, (0798)8222222. */
const LANDLINE = /(?<![\d*])(?:\(0\d{2,3}\)|0\d{2,3}[- ]?)\d{7,8}(?:-\d{1,4})?(?![\d*])/g;
/** A bare 7–8 digit number right after a phone word: 电话：8222222. */
const LANDLINE_AFTER_WORD =
  /(?<=(?:电话|座机|手机|联系方式|联系电话|tel|Tel|TEL)[:：\s]{0,3})\d{7,8}(?![\d*])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const stars = (n: number) => '*'.repeat(Math.max(n, 1));

/** Keep the first `head` and last `tail` digits, star the digits between; separators stay. */
function maskDigits(value: string, head: number, tail: number): string {
  const digits = value.replace(/[^\dXx]/g, '').length;
  let seen = 0;
  return value.replace(/[\dXx]/g, (d) => {
    seen++;
    return seen <= head || seen > digits - tail ? d : '*';
  });
}

const maskers: [PiiKind, RegExp, (value: string) => string][] = [
  ['id-card', ID_CARD_18, (v) => maskDigits(v, 6, 4)],
  ['id-card', ID_CARD_15, (v) => maskDigits(v, 6, 3)],
  ['mobile', MOBILE, (v) => maskDigits(v, v.replace(/\D/g, '').length - 8, 4)],
  ['landline', LANDLINE, (v) => maskLandline(v)],
  ['landline', LANDLINE_AFTER_WORD, (v) => maskDigits(v, 2, 2)],
  ['email', EMAIL, (v) => maskEmail(v)],
];

function maskLandline(value: string): string {
  const area = /^\(?0\d{2,3}\)?[- ]?/.exec(value)?.[0] ?? '';
  return area + maskDigits(value.slice(area.length), 2, 2);
}

export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at <= 0) return stars(value.length);
  return `${value[0]}${stars(3)}${value.slice(at)}`;
}

export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return stars(value.length);
  return maskDigits(value, Math.max(digits.length - 8, 3), 4);
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; a name is personal data of the portal contact. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  return chars[0] + stars(chars.length - 1);
}

/** The text with personal data masked, and what was found (in order of kind). */
export function maskPii(text: string): { text: string; found: PiiMatch[] } {
  const found: PiiMatch[] = [];
  let masked = text;
  for (const [kind, pattern, mask] of maskers) {
    masked = masked.replace(pattern, (value) => {
      found.push({ kind, value });
      return mask(value);
    });
  }
  return { text: masked, found };
}

/** The distinct kinds of personal data in a list of matches, for a filterable flag. */
export const piiKinds = (matches: readonly PiiMatch[]): PiiKind[] => [...new Set(matches.map((m) => m.kind))];
