import type { Db } from '@desk/core/store';
import { sql } from 'drizzle-orm';

type Rows<T> = { rows: T[] };

/**
 * Watches the database for rows a refused request wrote. Cheap when nothing was written: a write
 * transaction takes a transaction id, so an unchanged `xmax` of the current snapshot means no write at
 * all. Otherwise every row inserted or updated since (its `xmin` is at least that id) is looked for in
 * every table; a delete is seen through its audit row, which the same transaction inserts.
 */
export class DbWitness {
  private tables: string[] = [];

  constructor(
    private readonly db: Db,
    /** What a refusal may legitimately write: whole tables, and rows matching an SQL condition. */
    private readonly ignored: { tables: string[]; rows: Record<string, string> },
  ) {}

  /** The next transaction id: take it before a request. */
  async mark(): Promise<string> {
    const res = (await this.db.execute(
      sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`,
    )) as unknown as Rows<{ x: string }>;
    return res.rows[0]!.x;
  }

  /** Tables with rows written since `mark` (empty when nothing was). */
  async writtenSince(mark: string): Promise<string[]> {
    if ((await this.mark()) === mark) return [];
    if (!this.tables.length) {
      const res = (await this.db.execute(
        sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
      )) as unknown as Rows<{ tablename: string }>;
      this.tables = res.rows.map((r) => r.tablename).filter((t) => !this.ignored.tables.includes(t));
    }
    const since = BigInt(mark).toString();
    const select = this.tables
      .map((t) => {
        const skip = this.ignored.rows[t] ? ` and not (${this.ignored.rows[t]})` : '';
        return `select '${t}' as t from "${t}" where xmin::text::bigint >= ${since}${skip}`;
      })
      .join(' union ');
    const res = (await this.db.execute(sql.raw(select))) as unknown as Rows<{ t: string }>;
    return res.rows.map((r) => r.t);
  }
}
