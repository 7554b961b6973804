import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawItem } from '@desk/core';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { isoOrUndefined } from './dates';
import { decodeBody } from './decode';
import { PermanentIngestError } from './errors';

/**
 * File import: CSV, XLSX and JSONL exports of 12345 hotlines and older desks. Columns are found by
 * their usual header names (Chinese or English) unless a mapping names them; each row becomes an
 * ingest item of channel `import`, or a rejection with its reason.
 */
export const importFields = [
  'externalId',
  'title',
  'body',
  'author',
  'publishedAt',
  'url',
  'likes',
  'replies',
] as const;
export type ImportField = (typeof importFields)[number];
export type ImportMapping = Partial<Record<ImportField, string>>;
export type ImportFormat = 'csv' | 'xlsx' | 'jsonl';

/** Header names seen in real exports, compared without spaces and case. */
const HEADER_GUESSES: Record<ImportField, string[]> = {
  externalId: ['id', 'externalid', '编号', '留言编号', '工单编号', '工单号', '受理编号', '序号'],
  title: ['title', 'subject', '标题', '主题', '留言主题', '诉求标题', '工单标题'],
  body: [
    'body',
    'content',
    'text',
    '内容',
    '详情',
    '留言内容',
    '留言详情',
    '诉求内容',
    '问题描述',
    '来电内容',
  ],
  author: ['author', 'user', 'name', '留言用户', '用户', '来电人', '反映人', '姓名'],
  publishedAt: [
    'publishedat',
    'createdat',
    'time',
    'date',
    '时间',
    '留言时间',
    '来电时间',
    '受理时间',
    '发布时间',
    '日期',
  ],
  url: ['url', 'link', '链接', '网址'],
  likes: ['likes', 'up', '点赞数', '点赞'],
  replies: ['replies', 'comments', '回复数', '评论数'],
};

const squash = (s: string) => s.replace(/[\s_-]/g, '').toLowerCase();

export type ImportRow = { line: number } & ({ item: RawItem } | { rejected: string });

export function detectFormat(file: string): ImportFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new PermanentIngestError(`unknown file type "${ext}": use .csv, .xlsx or .jsonl (or --format)`);
}

/** Which header each field is read from: the mapping first, then the usual names. */
export function resolveColumns(
  headers: string[],
  mapping: ImportMapping = {},
): Partial<Record<ImportField, string>> {
  const byName = new Map(headers.map((h) => [squash(h), h]));
  const resolved: Partial<Record<ImportField, string>> = {};
  for (const field of importFields) {
    const wanted = mapping[field];
    if (wanted && !headers.includes(wanted))
      throw new PermanentIngestError(`column "${wanted}" (for ${field}) not in the file`);
    const guess = HEADER_GUESSES[field].map((g) => byName.get(g)).find(Boolean);
    if (wanted || guess) resolved[field] = wanted ?? guess;
  }
  if (!resolved.title && !resolved.body)
    throw new PermanentIngestError(
      `no title or body column among: ${headers.join(', ')} (map one with --map)`,
    );
  return resolved;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'text' in (value as object))
    return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in (value as object))
    return cell((value as { result: unknown }).result);
  return String(value).trim();
};
const count = (value: string): number | undefined => {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** One row as an ingest item, or the reason it cannot be one. */
export function rowToItem(
  row: Record<string, unknown>,
  columns: Partial<Record<ImportField, string>>,
): { item: RawItem } | { rejected: string } {
  const get = (field: ImportField) => (columns[field] ? cell(row[columns[field]!]) : '');
  const title = get('title');
  const body = get('body');
  if (!title && !body) return { rejected: 'empty: no title and no body' };
  const published = get('publishedAt');
  const publishedAt = published ? isoOrUndefined(published) : undefined;
  if (published && !publishedAt) return { rejected: `unreadable time "${published.slice(0, 40)}"` };
  return {
    item: {
      externalId: get('externalId') || undefined,
      title,
      body,
      author: get('author') || undefined,
      url: get('url') || undefined,
      publishedAt,
      likes: count(get('likes')),
      replies: count(get('replies')),
      kind: 'web',
      channel: 'import',
    },
  };
}

async function readRecords(
  file: string,
  format: ImportFormat,
  options: { encoding?: string; sheet?: string },
) {
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = options.sheet ? workbook.getWorksheet(options.sheet) : workbook.worksheets[0];
    if (!sheet) throw new PermanentIngestError(`no worksheet ${options.sheet ?? ''} in ${file}`);
    const headers = ((sheet.getRow(1).values as unknown[]) ?? []).slice(1).map(cell);
    const records: { line: number; row: Record<string, unknown> }[] = [];
    sheet.eachRow((r, line) => {
      if (line === 1) return;
      const values = (r.values as unknown[]).slice(1);
      records.push({ line, row: Object.fromEntries(headers.map((h, i) => [h, values[i]])) });
    });
    return { headers, records };
  }
  // CSV exports of Chinese systems are often GBK: decode like a feed (BOM, setting, detection).
  const { text } = decodeBody(await readFile(file), { override: options.encoding });
  if (format === 'jsonl') {
    const records = text.split('\n').flatMap((line, i) => (line.trim() ? [{ line: i + 1, text: line }] : []));
    const parsed = records.map(({ line, text: json }) => {
      try {
        return { line, row: JSON.parse(json) as Record<string, unknown> };
      } catch {
        return { line, row: null };
      }
    });
    const headers = [
      ...new Set(parsed.flatMap((p) => (p.row && typeof p.row === 'object' ? Object.keys(p.row) : []))),
    ];
    return { headers, records: parsed };
  }
  const rows = parseCsv(text, {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
  }) as Record<string, string>[];
  return { headers: Object.keys(rows[0] ?? {}), records: rows.map((row, i) => ({ line: i + 2, row })) };
}

/** Every row of a file as an item or a rejection, with the columns that were used. */
export async function readImportFile(
  file: string,
  options: { format?: ImportFormat; mapping?: ImportMapping; encoding?: string; sheet?: string } = {},
): Promise<{ columns: Partial<Record<ImportField, string>>; rows: ImportRow[] }> {
  const { headers, records } = await readRecords(file, options.format ?? detectFormat(file), options);
  const columns = resolveColumns(headers, options.mapping);
  const rows = records.map(
    ({ line, row }): ImportRow =>
      row && typeof row === 'object'
        ? { line, ...rowToItem(row, columns) }
        : { line, rejected: 'not a JSON object' },
  );
  return { columns, rows };
}
