import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('the Meilisearch client over kept-alive undici connections', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
  });
  afterAll(() => rt?.close());

  it('writes, waits for the task and reads back', async () => {
    const index = rt.search.client.index(`${rt.search.config.indexPrefix ?? ''}http-check`);
    await index.addDocuments([{ id: 1, title: 'street lamp out' }], { primaryKey: 'id' }).waitTask();
    expect(await index.getDocument(1)).toEqual({ id: 1, title: 'street lamp out' });
    expect((await index.search('lamp')).hits.map((h) => h.id)).toEqual([1]);
    await index.delete().waitTask();
  });

  it("reports Meilisearch's refusals with its code", async () => {
    const missing = rt.search.client.index(`${rt.search.config.indexPrefix ?? ''}no-such-index`);
    const error = await missing.getDocument(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(MeilisearchApiError);
    expect((cause as MeilisearchApiError).cause?.code).toBe('index_not_found');
    expect((cause as MeilisearchApiError).response.status).toBe(404);
  });
});
