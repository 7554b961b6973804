/** A column of an export: where the value comes from and its header. */
export interface ExportColumn {
  source: string;
  header: string;
  /** Turn the raw value into what a reader of the sheet expects (names instead of ids, labels). */
  format?: (value: unknown, record: Record<string, unknown>) => unknown;
  /** Ids of another resource, exported as that record's name (e.g. departments). */
  reference?: string;
}

export type Cell = string | number | boolean | Date | null;

/** Yes / no in a sheet as a reader of Chinese expects it, not true / false. */
export const yesNo = (value: boolean): string => (value ? '是' : '否');

const get = (record: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      record,
    );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'string') return ISO_DATE.test(value) ? new Date(value) : value;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  return JSON.stringify(value);
}

/** Rows of cells in column order. */
export function toRows(records: Record<string, unknown>[], columns: ExportColumn[]): Cell[][] {
  return records.map((r) =>
    columns.map((c) => toCell(c.format ? c.format(get(r, c.source), r) : get(r, c.source))),
  );
}

/** When no columns are given: every top-level field of the first records, in their order. */
export function inferColumns(
  records: Record<string, unknown>[],
  header: (source: string) => string,
): ExportColumn[] {
  const keys = new Set<string>();
  for (const r of records.slice(0, 50)) for (const k of Object.keys(r)) keys.add(k);
  return [...keys].map((source) => ({ source, header: header(source) }));
}
