import { isoInShanghai } from '../timeZone';
import { type Cell, yesNo } from './table';

/**
 * A spreadsheet opening a CSV runs cells that start with = + - @ (or tab / CR) as formulas; citizen text
 * must never do that, so such cells get a leading apostrophe (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  // Times carry their offset (2026-12-05T15:05:00+08:00), so a reader in any zone reads the same instant.
  let text =
    cell instanceof Date ? isoInShanghai(cell) : typeof cell === 'boolean' ? yesNo(cell) : String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 byte-order mark so Excel on Chinese Windows opens it as UTF-8, not GBK. */
export function toCsv(headers: string[], rows: Cell[][]): Blob {
  const lines = [headers, ...rows].map((row) => row.map((c) => csvCell(c as Cell)).join(','));
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
