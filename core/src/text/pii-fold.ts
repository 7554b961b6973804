/**
 * The text personal-data patterns read: full-width letters, digits and symbols as ASCII, dash and dot
 * look-alikes as '-' and '.', wide spaces as ' ', circled digits as digits, invisible characters gone.
 * `origin[i]` is where folded character i came from, so a match can be cut out of the original text.
 */
export interface FoldedText {
  text: string;
  /** Index in the original of each folded character, plus the original length at the end; null = same text. */
  origin: Int32Array | null;
}

/** Any of these means the text must be folded before matching (full-width ASCII punctuation alone does not). */
const NEEDS_FOLD =
  /[\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff3a\uff41-\uff5a\u3000\u00a0\u2010-\u2015\u2212\ufe63\u00b7\u2022\u30fb\u2460-\u2468\u24ea\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;

/** Characters that hide a number from the eye or a pattern without being seen: dropped. */
const isInvisible = (code: number) =>
  code === 0x00ad ||
  code === 0x180e ||
  code === 0xfeff ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x2060 && code <= 0x2064);

function foldChar(code: number): string {
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return '-';
  if (code === 0x00b7 || code === 0x2022 || code === 0x30fb) return '.';
  if (code >= 0x2460 && code <= 0x2468) return String.fromCharCode(0x31 + code - 0x2460);
  if (code === 0x24ea) return '0';
  return String.fromCharCode(code);
}

export function foldForMatching(text: string): FoldedText {
  if (!NEEDS_FOLD.test(text)) return { text, origin: null };
  const origin = new Int32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    origin[out.length] = i;
    out += foldChar(code);
  }
  origin[out.length] = text.length;
  return { text: out, origin: origin.subarray(0, out.length + 1) };
}

/** The original span [start, end) of the folded span [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): [number, number] {
  if (!folded.origin) return [from, to];
  // The end is the original position right after the last folded character of the span.
  return [folded.origin[from]!, folded.origin[to - 1]! + 1];
}
