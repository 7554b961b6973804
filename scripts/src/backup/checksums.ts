import type { Db } from '@desk/core/store';
import { sql } from 'drizzle-orm';

export type TableChecksums = Record<string, { rows: number; md5: string }>;
/** Runs one SQL text and returns its rows (a drizzle database or a pg client inside a snapshot). */
export type Query = <T>(text: string) => Promise<T[]>;

export const drizzleQuery =
  (db: Db): Query =>
  async <T>(text: string) =>
    ((await db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Row count and a checksum of every table of the desk (all columns of all rows, order-free), so a
 * restore can prove it brought back exactly what was backed up.
 */
export async function tableChecksums(query: Query): Promise<TableChecksums> {
  const tables = await query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const result: TableChecksums = {};
  for (const { name } of tables) {
    const [row] = await query<{ rows: number; md5: string }>(
      `select count(*)::int as rows,
              md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as md5
       from ${quoteIdent(name)} t`,
    );
    result[name] = { rows: Number(row!.rows), md5: row!.md5 };
  }
  return result;
}

/** Tables whose content differs between two sets of checksums (missing ones included). */
export function differingTables(expected: TableChecksums, actual: TableChecksums): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter(
    (n) => expected[n]?.rows !== actual[n]?.rows || expected[n]?.md5 !== actual[n]?.md5,
  );
}
