import { createHash } from 'node:crypto';
import { type Db, getMeta, setMeta } from '@desk/core/store';
import type { Meilisearch } from 'meilisearch';
import { applySearchSettings } from './apply';
import { type IndexName, indexUid, type SearchConfig } from './client';
import { indexSettings, SETTINGS_VERSION } from './settings';

export const SEARCH_SETTINGS_META_KEY = 'search.settings';

interface AppliedSettings {
  version: number;
  hash: string;
  prefix: string;
}

/**
 * A digest of the settings data, so an edit that forgot to bump SETTINGS_VERSION is still applied, and
 * so is an edit of the gazetteer (its names are in the dictionary).
 */
export const settingsHash = (settings: object = indexSettings()): string =>
  createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);

async function indexesExist(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
): Promise<boolean> {
  const { results } = await client.getIndexes({ limit: 1000 });
  const uids = new Set(results.map((i) => i.uid));
  return (Object.keys(indexSettings()) as IndexName[]).every((name) => uids.has(indexUid(config, name)));
}

/**
 * Apply the index settings unless this version (and digest) is already recorded in `meta` and the
 * indexes exist. Returns whether anything was applied. Re-running changes nothing (idempotent).
 */
export async function ensureSearchSettings(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
  db: Db,
): Promise<boolean> {
  const settings = indexSettings();
  const wanted: AppliedSettings = {
    version: SETTINGS_VERSION,
    hash: settingsHash(settings),
    prefix: config.indexPrefix ?? '',
  };
  const applied = await getMeta<AppliedSettings>(db, SEARCH_SETTINGS_META_KEY);
  const same =
    applied?.version === wanted.version && applied.hash === wanted.hash && applied.prefix === wanted.prefix;
  if (same && (await indexesExist(client, config))) return false;
  await applySearchSettings(client, config, settings);
  await setMeta(db, SEARCH_SETTINGS_META_KEY, wanted);
  return true;
}

/**
 * After an edit of the gazetteer: re-apply the settings (the dictionary holds the place names) on a desk
 * whose indexes were set up; Meilisearch re-tokenises its documents in the background.
 */
export async function followGazetteer(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
  db: Db,
): Promise<boolean> {
  if (!(await getMeta(db, SEARCH_SETTINGS_META_KEY))) return false;
  return ensureSearchSettings(client, config, db);
}
