import { getMeta } from '@desk/core/store';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexUid } from './client';
import { ensureSearchSettings, SEARCH_SETTINGS_META_KEY } from './ensure';
import { regressionCases, regressionDocuments } from './regression/corpus';
import { SETTINGS_VERSION } from './settings';

describe('search regression corpus (real Meilisearch, the desk settings)', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    await ensureSearchSettings(rt.search.client, rt.search.config, rt.database.db);
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    await index.addDocuments([...regressionDocuments]).waitTask({ timeout: 60_000 });
  });
  afterAll(() => rt?.close());

  it.each(regressionCases)('finds exactly $expected for "$query" ($guards)', async ({ query, expected }) => {
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    const result = await index.search(query, { matchingStrategy: 'all', limit: 50 });
    expect(result.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(expected);
  });

  it('records the applied settings version and skips a second application', async () => {
    expect(await getMeta(rt.database.db, SEARCH_SETTINGS_META_KEY)).toMatchObject({
      version: SETTINGS_VERSION,
    });
    expect(await ensureSearchSettings(rt.search.client, rt.search.config, rt.database.db)).toBe(false);
  });
});
