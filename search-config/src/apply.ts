import type { Meilisearch, Settings } from 'meilisearch';
import { type IndexName, indexUid, type SearchConfig } from './client';
import { indexSettings } from './settings';

/**
 * Create the indexes and apply their settings; safe to run on every start (Meilisearch treats an
 * unchanged setting as a no-op). Waits for the settings tasks so the first search sees them.
 */
export async function applySearchSettings(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
  settingsByIndex: Record<IndexName, Settings> = indexSettings(),
): Promise<void> {
  const tasks = [];
  for (const [name, settings] of Object.entries(settingsByIndex) as [IndexName, Settings][]) {
    const uid = indexUid(config, name);
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    tasks.push(await client.index(uid).updateSettings(settings));
  }
  await client.tasks.waitForTasks(
    tasks.map((t) => t.taskUid),
    { timeout: 120_000 },
  );
}
