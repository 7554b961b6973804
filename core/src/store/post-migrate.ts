import { sql } from 'drizzle-orm';
import type { Db } from './db';
import { seedTopicCategories } from './repos/categories';
import { seedGazetteer } from './repos/places';
import { applyValueChecks } from './value-checks';

/**
 * Database objects drizzle-kit does not generate (triggers, the value-list checks). Idempotent; runs after
 * every migration.
 */
export async function postMigrate(db: Db): Promise<void> {
  await db.execute(sql`
    create or replace function desk_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'append-only table %: % refused', tg_table_name, tg_op using errcode = '42501';
    end $$;
  `);
  await db.execute(sql`drop trigger if exists audit_log_append_only on audit_log`);
  await db.execute(sql`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function desk_refuse_change()
  `);
  await applyValueChecks(db);
  // The category taxonomy is reference data every desk needs (not demo data); existing rows are kept.
  await seedTopicCategories(db);
  // So is the city's gazetteer (region tags, dictionaries, routing), seeded once and then edited.
  await seedGazetteer(db);
}
