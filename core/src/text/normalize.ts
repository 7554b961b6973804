/**
 * Chinese punctuation written full-width is the norm (，。！？：；（）) and stays; full-width letters,
 * digits and the other ASCII symbols become half-width so numbers, e-mails and URLs match as typed.
 */
const KEEP_FULL_WIDTH = new Set(['！', '，', '：', '；', '？', '（', '）']);

export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(ch))
      out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Control characters other than tab and newlines (they break display and some parsers). */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

/** One space between words, one blank line at most between paragraphs, no invisible characters. */
export function normalizeWhitespace(input: string): string {
  return input
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A body as stored: half-width letters and digits, tidy whitespace (HTML is stripped by ingest first). */
export function normalizeText(input: string | null | undefined): string {
  if (!input) return '';
  return normalizeWhitespace(toHalfWidth(input));
}

/** A title as stored: like a body, on one line. */
export function normalizeTitle(input: string | null | undefined): string {
  return normalizeText(input).replace(/\s*\n+\s*/g, ' ');
}
