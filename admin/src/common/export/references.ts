import type { DataProvider } from 'react-admin';
import type { ExportColumn } from './table';

const nameOf = (r: Record<string, unknown>): string =>
  String(r.name ?? r.displayName ?? r.title ?? r.code ?? r.id);

/** Replace referenced ids by names (one getMany per referenced resource), so a sheet reads on its own. */
export async function withReferenceNames(
  dataProvider: DataProvider,
  records: Record<string, unknown>[],
  columns: ExportColumn[],
): Promise<ExportColumn[]> {
  const out: ExportColumn[] = [];
  for (const column of columns) {
    if (!column.reference) {
      out.push(column);
      continue;
    }
    const ids = [...new Set(records.flatMap((r) => [r[column.source]].flat()).filter((v) => v != null))];
    const names = new Map<unknown, string>();
    if (ids.length) {
      const { data } = await dataProvider.getMany(column.reference, { ids: ids as (string | number)[] });
      for (const r of data) names.set(r.id, nameOf(r));
    }
    out.push({
      ...column,
      format: (v) =>
        Array.isArray(v) ? v.map((x) => names.get(x) ?? x).join('、') : v == null ? v : (names.get(v) ?? v),
    });
  }
  return out;
}
