import { type FoldedText, foldForMatching, originalSpan } from './pii-fold';

/**
 * Personal data in text written by citizens or staff: mobile and landline numbers, 身份证 numbers,
 * e-mail addresses — also disguised (full-width, separators, zero-width characters, +86/0086, "at").
 * `maskPii` replaces each with a masked form that still shows what it was (138****5678) so a reader
 * knows a number was given; the originals are kept elsewhere for the audited unmask.
 */
export type PiiKind = 'id-card' | 'mobile' | 'landline' | 'email';

export interface PiiMatch {
  kind: PiiKind;
  /** The text as written (with its disguise). */
  value: string;
}

/** Between two digits of one number: up to three spaces, dots or dashes (136 5554 4442, 136 - 5554). */
const GAP = '[ .\\-]{0,3}';
const run = (count: number) => `(?:${GAP}\\d){${count}}`;
const PREFIX_86 = `(?:[(（]?(?:\\+|00)?86[)）]?${GAP})`;
const AREA = `(?:[(（]0\\d{2,3}[)）]|0${run(2)}(?:${GAP}\\d)?|${PREFIX_86}[1-9]\\d{1,2})`;
const PHONE_WORD = '(?:电话|座机|手机|联系方式|联系电话|tel|Tel|TEL)[:：\\s]{0,3}';
const AT = '(?:\\s*@\\s*|\\s*[(（[{<【]\\s*at\\s*[)）\\]}>】]\\s*|\\s+at\\s+)';
const DOT = '(?:\\.|\\s*[(（[{<【]\\s*dot\\s*[)）\\]}>】]\\s*|\\s+dot\\s+|。)';

const ID_CARD_18 = new RegExp(`(?<![0-9A-Za-z])[1-9]${run(16)}${GAP}[\\dXx](?![0-9A-Za-z])`, 'g');
const ID_CARD_15 = new RegExp(`(?<![0-9A-Za-z])[1-9]${run(14)}(?![0-9A-Za-z])`, 'g');
const MOBILE = new RegExp(`(?<![\\d*])${PREFIX_86}?1${GAP}[3-9]${run(9)}(?![\\d*])`, 'g');
/** Area code (0 + 2–3 digits, or +86 without the 0) and a 7–8 digit number: 0798-8222222, (0798)8222222. */
const LANDLINE = new RegExp(
  `(?<![\\d*])${AREA}${GAP}[2-9]${run(6)}(?:${GAP}\\d)?(?:(?:-|转|ext\\.?|分机)\\d{1,4})?(?![\\d*])`,
  'g',
);
/** A bare 7–8 digit number right after a phone word: 电话：8222222. */
const LANDLINE_AFTER_WORD = new RegExp(`${PHONE_WORD}(?<pii>[2-9]${run(6)}(?:${GAP}\\d)?)(?![\\d*])`, 'g');
const EMAIL = new RegExp(
  `(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}(?![A-Za-z])`,
  'gi',
);
/** Cheap first looks: every number above has seven digits close together; every e-mail an @ or "at". */
const MAY_HOLD_NUMBER = /\d(?:[ .-]{0,3}\d){6}/;
const MAY_HOLD_EMAIL = /@|at/i;

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

const digitsOf = (value: string) => value.replace(/[^\dXx]/g, '');

/** A 身份证 number carries the holder's birth date; a run of digits without a real date is not one. */
function hasBirthDate(value: string, at: number, yearDigits: 2 | 4): boolean {
  const d = digitsOf(value);
  const year = Number(d.slice(at, at + yearDigits));
  const month = Number(d.slice(at + yearDigits, at + yearDigits + 2));
  const day = Number(d.slice(at + yearDigits + 2, at + yearDigits + 4));
  const validYear = yearDigits === 2 || (year >= 1800 && year <= 2099);
  return validYear && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Digits spread out with gaps (1 3 8 …) count only when every gap is the same, so a list of figures
 * such as "13.5 14.2 15.8 16.1" is not read as a phone number; ordinary groupings (≤ 3 gaps) always count.
 */
function evenlySpaced(value: string): boolean {
  const gaps = value.match(/[ .-]+/g) ?? [];
  return gaps.length <= 3 || gaps.every((g) => g === gaps[0]);
}

const LEADING_AREA = new RegExp(`^${AREA}${GAP}`);
const LEADING_86 = new RegExp(`^${PREFIX_86}`);

function maskLandline(value: string): string {
  const area = LEADING_AREA.exec(value)?.[0] ?? '';
  return area + maskDigits(value.slice(area.length), 2, 2);
}

function maskEmailMatch(value: string): string {
  const at = new RegExp(AT, 'i').exec(value)!;
  const domain = value.slice(at.index + at[0].length).replace(new RegExp(DOT, 'gi'), '.');
  return `${value[0]}${stars(3)}@${domain}`;
}

interface Matcher {
  kind: PiiKind;
  /** Whether the (folded) text can hold a match at all. */
  hint: RegExp;
  pattern: RegExp;
  accept: (value: string) => boolean;
  mask: (value: string) => string;
}

/** In order: a longer number is claimed before a shorter one could be read inside it. */
const matchers: Matcher[] = [
  {
    hint: MAY_HOLD_NUMBER,
    kind: 'id-card',
    pattern: ID_CARD_18,
    accept: (v) => hasBirthDate(v, 6, 4),
    mask: (v) => maskDigits(v, 6, 4),
  },
  {
    hint: MAY_HOLD_NUMBER,
    kind: 'id-card',
    pattern: ID_CARD_15,
    accept: (v) => hasBirthDate(v, 6, 2),
    mask: (v) => maskDigits(v, 6, 3),
  },
  {
    kind: 'mobile',
    hint: MAY_HOLD_NUMBER,
    pattern: MOBILE,
    accept: (v) => evenlySpaced(v.replace(LEADING_86, '')),
    mask: (v) => maskDigits(v, digitsOf(v).length - 8, 4),
  },
  {
    hint: MAY_HOLD_NUMBER,
    kind: 'landline',
    pattern: LANDLINE,
    accept: (v) => evenlySpaced(v.replace(LEADING_AREA, '')),
    mask: maskLandline,
  },
  {
    hint: MAY_HOLD_NUMBER,
    kind: 'landline',
    pattern: LANDLINE_AFTER_WORD,
    accept: evenlySpaced,
    mask: (v) => maskDigits(v, 2, 2),
  },
  { hint: MAY_HOLD_EMAIL, kind: 'email', pattern: EMAIL, accept: () => true, mask: maskEmailMatch },
];

interface Hit {
  from: number;
  to: number;
  kind: PiiKind;
  masked: string;
}

/** Every match of one matcher in the working text; claimed spans are blanked so later matchers skip them. */
function collect(working: string, matcher: Matcher, hits: Hit[]): string {
  const { pattern } = matcher;
  pattern.lastIndex = 0;
  let blanked = working;
  for (let m = pattern.exec(working); m; m = pattern.exec(working)) {
    // A pattern with a leading context (a phone word) names the personal part `pii`.
    const value = m.groups?.pii ?? m[0];
    if (!matcher.accept(value)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const to = m.index + m[0].length;
    const from = to - value.length;
    hits.push({ from, to, kind: matcher.kind, masked: matcher.mask(value) });
    blanked = blanked.slice(0, from) + '\u0001'.repeat(value.length) + blanked.slice(to);
  }
  return blanked;
}

function splice(text: string, folded: FoldedText, hits: Hit[]): { text: string; found: PiiMatch[] } {
  const ordered = [...hits].sort((a, b) => a.from - b.from);
  let out = '';
  let cursor = 0;
  for (const hit of ordered) {
    const [start, end] = originalSpan(folded, hit.from, hit.to);
    out += text.slice(cursor, start) + hit.masked;
    cursor = end;
  }
  const found = hits.map((h) => {
    const [start, end] = originalSpan(folded, h.from, h.to);
    return { kind: h.kind, value: text.slice(start, end) };
  });
  return { text: out + text.slice(cursor), found };
}

/** The text with personal data masked, and what was found (in order of kind). */
export function maskPii(text: string): { text: string; found: PiiMatch[] } {
  const folded = foldForMatching(text);
  const hits: Hit[] = [];
  let working = folded.text;
  for (const matcher of matchers) if (matcher.hint.test(working)) working = collect(working, matcher, hits);
  return hits.length ? splice(text, folded, hits) : { text, found: [] };
}

/** The text with personal data masked. */
export const maskText = (text: string): string => maskPii(text).text;

/** The distinct kinds of personal data in a list of matches, for a filterable flag. */
export const piiKinds = (matches: readonly PiiMatch[]): PiiKind[] => [...new Set(matches.map((m) => m.kind))];
