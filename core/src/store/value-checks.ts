import { createHash } from 'node:crypto';
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db';
import * as schema from './schema';

export interface ValueCheck {
  table: string;
  column: string;
  values: readonly string[];
  /** `<table>_<column>_in_<digest of the values>`: a changed list gets a new name. */
  name: string;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Every text column declared with `{ enum: <a core/src/domain const> }` in the drizzle schema, as the
 * check constraint the database enforces: the value lists are defined once (the consts), and the
 * database follows them without a hand-written migration.
 */
export function valueChecks(): ValueCheck[] {
  const checks: ValueCheck[] = [];
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    for (const column of Object.values(getTableColumns(table))) {
      const values = (column as { enumValues?: readonly string[] }).enumValues;
      if (!values?.length) continue;
      const digest = createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 8);
      const tableName = getTableName(table);
      checks.push({
        table: tableName,
        column: column.name,
        values,
        name: `${tableName}_${column.name}_in_${digest}`,
      });
    }
  }
  return checks;
}

/**
 * Add the check constraints that are missing and drop those of older lists. `not valid`: rows written
 * before are not rescanned at start-up (the constraint holds for every write from now on).
 */
export async function applyValueChecks(db: Db): Promise<void> {
  const result = await db.execute(sql`
    select conrelid::regclass::text as "table", conname as name from pg_constraint
    where contype = 'c' and conname ~ '_in_[0-9a-f]{8}$'`);
  const existing = (result as unknown as { rows: { table: string; name: string }[] }).rows;
  const names = new Set(existing.map((r) => r.name));
  for (const check of valueChecks()) {
    if (names.has(check.name)) continue;
    const prefix = `${check.table}_${check.column}_in_`;
    for (const old of existing.filter((r) => r.name.startsWith(prefix)))
      await db.execute(
        sql.raw(`alter table ${quoteIdent(check.table)} drop constraint ${quoteIdent(old.name)}`),
      );
    await db.execute(
      sql.raw(
        `alter table ${quoteIdent(check.table)} add constraint ${quoteIdent(check.name)} check (${quoteIdent(check.column)} in (${check.values.map(quoteLiteral).join(', ')})) not valid`,
      ),
    );
  }
}
