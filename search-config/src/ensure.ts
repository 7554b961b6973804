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

/** A digest of the settings data, so an edit that forgot to bump SETTINGS_VERSION is still applied. */
export const settingsHash = (): string =>
  createHash('sha256').update(JSON.stringify(indexSettings)).digest('hex').slice(0, 16);

async function indexesExist(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
): Promise<boolean> {
  const { results } = await client.getIndexes({ limit: 1000 });
  const uids = new Set(results.map((i) => i.uid));
  return (Object.keys(indexSettings) as IndexName[]).every((name) => uids.has(indexUid(config, name)));
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
  const wanted: AppliedSettings = {
    version: SETTINGS_VERSION,
    hash: settingsHash(),
    prefix: config.indexPrefix ?? '',
  };
  const applied = await getMeta<AppliedSettings>(db, SEARCH_SETTINGS_META_KEY);
  const same =
    applied?.version === wanted.version && applied.hash === wanted.hash && applied.prefix === wanted.prefix;
  if (same && (await indexesExist(client, config))) return false;
  await applySearchSettings(client, config);
  await setMeta(db, SEARCH_SETTINGS_META_KEY, wanted);
  return true;
}
