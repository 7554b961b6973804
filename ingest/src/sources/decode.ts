import { webProblem } from '@desk/core';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { PermanentIngestError } from './errors';

const encodingError = (detail: string) =>
  new PermanentIngestError(detail, webProblem('encoding', { detail }));

/**
 * Decode a feed body to text. The encoding comes from, in order: the source's setting (the admin's
 * fix for a site that lies), the byte order mark, the HTTP Content-Type charset, the XML declaration,
 * an HTML meta tag, and last detection. A declared encoding that does not fit the bytes is an error,
 * not a guess: storing mojibake would be worse than storing nothing.
 */
export function decodeBody(
  bytes: Buffer,
  hints: { contentType?: string | null; override?: string | null } = {},
): { text: string; encoding: string } {
  const bom = byteOrderMark(bytes);
  if (bom && !hints.override) return { text: iconv.decode(bytes, bom), encoding: bom };
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared =
    hints.override ||
    charsetOf(hints.contentType) ||
    /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ||
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1];
  if (declared) return decodeDeclared(bytes, declared);
  if (isValidUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  const detected = chardet.detect(bytes);
  const encoding = detected && canonicalEncoding(detected);
  if (!encoding || !iconv.encodingExists(encoding))
    throw encodingError(`cannot determine the text encoding (detected ${detected ?? 'nothing'})`);
  const text = iconv.decode(bytes, encoding);
  if (replacementShare(text) > 0.001)
    throw encodingError(`cannot determine the text encoding (${encoding} does not fit)`);
  return { text, encoding };
}

/** GB2312 and GBK pages routinely use characters only GB18030 (their superset) has. */
export function canonicalEncoding(name: string): string {
  const lower = name.trim().toLowerCase().replace(/_/g, '-');
  if (['gb2312', 'gbk', 'x-gbk', 'cp936', 'gb-2312', 'euc-cn', 'gb18030'].includes(lower)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cp950'].includes(lower)) return 'big5';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function decodeDeclared(bytes: Buffer, declared: string): { text: string; encoding: string } {
  const encoding = canonicalEncoding(declared);
  if (!iconv.encodingExists(encoding)) throw encodingError(`unsupported text encoding "${declared}"`);
  if (encoding === 'utf-8') {
    if (!isValidUtf8(bytes)) throw encodingError('declared UTF-8 but the content is not valid UTF-8');
    return { text: bytes.toString('utf8'), encoding };
  }
  // Valid multi-byte UTF-8 is practically never valid GBK/Big5 text by accident: the page lies.
  if (encoding !== 'utf-16le' && hasMultibyteUtf8(bytes))
    throw encodingError(`declared ${declared} but the content is UTF-8`);
  const text = iconv.decode(bytes, encoding);
  if (replacementShare(text) > 0.001)
    throw encodingError(`content does not match the declared encoding ${declared}`);
  return { text, encoding };
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

function byteOrderMark(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasMultibyteUtf8 = (bytes: Buffer) => bytes.some((b) => b >= 0x80) && isValidUtf8(bytes);

function replacementShare(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return text.length ? bad / text.length : 0;
}
