import { eq, sql } from 'drizzle-orm';
import { Gazetteer } from '../../../text/gazetteer';
import { useGazetteer } from '../../../text/places';
import type { Db } from '../../db';
import { places } from '../../schema';

/** How long a process trusts its gazetteer before asking whether `places` changed (like the model cache). */
const RECHECK_MS = 10_000;

/** The active places of the database as a gazetteer. */
export async function loadGazetteer(db: Db): Promise<Gazetteer> {
  const rows = await db.select().from(places).where(eq(places.active, true));
  const active = new Set(rows.map((r) => r.id));
  return new Gazetteer(
    rows.map((r) => ({
      key: r.id,
      name: r.name,
      kind: r.kind,
      aliases: r.aliases,
      // A place under a deactivated one keeps no parent: it tags no region rather than a wrong one.
      parentKey: r.parentId !== null && active.has(r.parentId) ? r.parentId : null,
    })),
  );
}

/** A cheap fingerprint of the table: any insert, edit or delete changes it. */
async function version(db: Db): Promise<string> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      at: sql<string>`coalesce(max(${places.updatedAt}), 'epoch')::text`,
    })
    .from(places);
  return `${row?.n ?? 0}@${row?.at ?? ''}`;
}

const seen = new WeakMap<Db, { version: string; checkedAt: number }>();

/**
 * Make this process tag with the database's gazetteer: read it on first use, then re-check every few
 * seconds, so an administrator's edit reaches every worker without a restart. `force` re-reads at once
 * (the process that made the edit). Returns whether the gazetteer changed.
 */
export async function refreshGazetteer(db: Db, options: { force?: boolean } = {}): Promise<boolean> {
  const last = seen.get(db);
  if (!options.force && last && Date.now() - last.checkedAt < RECHECK_MS) return false;
  const current = await version(db);
  if (!options.force && last?.version === current) {
    seen.set(db, { version: current, checkedAt: Date.now() });
    return false;
  }
  useGazetteer(await loadGazetteer(db));
  seen.set(db, { version: current, checkedAt: Date.now() });
  return true;
}
