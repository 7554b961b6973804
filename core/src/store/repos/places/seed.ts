import type { PlaceEntry } from '../../../text/gazetteer';
import { flattenSeed, seedPlaces } from '../../../text/places';
import type { Db } from '../../db';
import { places } from '../../schema';
import { getMeta, setMeta } from '../meta';

const depthOf = (entry: PlaceEntry) => String(entry.key).split('/').length;

/**
 * The demo city's gazetteer (core/src/text/dict/places.jingdezhen.json) goes into `places` once per
 * database, one statement per level; a marker keeps the administrator's deletions deleted. Returns how
 * many places were added.
 */
export async function seedGazetteer(db: Db): Promise<number> {
  if (await getMeta(db, 'places-seeded')) return 0;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const entries = flattenSeed(seedPlaces);
    const ids = new Map<string | number, number>();
    for (let depth = 1; entries.some((e) => depthOf(e) === depth); depth++) {
      const level = entries.filter((e) => depthOf(e) === depth);
      const values = level.map((e) => ({
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        parentId: e.parentKey === null ? null : (ids.get(e.parentKey) ?? null),
      }));
      const rows = await t
        .insert(places)
        .values(values)
        .returning({ id: places.id, name: places.name, parentId: places.parentId });
      // (parent, name) is unique: it finds each entry's new id whatever order the rows come back in.
      const byName = new Map(rows.map((r) => [`${r.parentId}/${r.name}`, r.id]));
      for (const [i, e] of level.entries()) ids.set(e.key, byName.get(`${values[i]!.parentId}/${e.name}`)!);
    }
    await setMeta(t, 'places-seeded', { at: new Date().toISOString(), added: entries.length });
    return entries.length;
  });
}
