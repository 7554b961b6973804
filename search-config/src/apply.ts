import type { Meilisearch } from 'meilisearch';
import { type IndexName, indexUid, type SearchConfig } from './client';
import { indexSettings } from './settings';

/**
 * Create the indexes and apply their settings; safe to run on every start (Meilisearch treats an
 * unchanged setting as a no-op). Waits for the settings tasks so the first search sees them.
 */
export async function applySearchSettings(
  client: Meilisearch,
  config: Pick<SearchConfig, 'indexPrefix'>,
): Promise<void> {
  const tasks = [];
  for (const [name, settings] of Object.entries(indexSettings) as [
    IndexName,
    (typeof indexSettings)[IndexName],
  ][]) {
    const uid = indexUid(config, name);
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    tasks.push(await client.index(uid).updateSettings(settings));
  }
  await client.tasks.waitForTasks(
    tasks.map((t) => t.taskUid),
    { timeout: 120_000 },
  );
}
