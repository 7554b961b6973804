import type { DataProvider, SortPayload } from 'react-admin';

/** Page size of an export fetch and the most rows one export takes (the API caps a page at 500). */
const PAGE = 500;
export const MAX_EXPORT_ROWS = 20_000;

/**
 * Every record of the list as the API returns it for this user: same filter and sort, so an export holds
 * exactly what the role may see.
 */
export async function fetchAll(
  dataProvider: DataProvider,
  resource: string,
  filter: Record<string, unknown>,
  sort: SortPayload,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let page = 1; out.length < MAX_EXPORT_ROWS; page++) {
    const { data, total } = await dataProvider.getList(resource, {
      filter,
      sort,
      pagination: { page, perPage: PAGE },
      meta: { export: true },
    });
    out.push(...data);
    if (data.length < PAGE || (total !== undefined && out.length >= total)) break;
  }
  return out;
}
