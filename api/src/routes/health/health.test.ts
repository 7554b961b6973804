import { createRedis } from '@desk/queue';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';

describe('GET /api/health', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
  });
  afterAll(() => rt?.close());

  it('reports ok when the database, Redis and Meilisearch answer', async () => {
    const res = await rt.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { db: 'ok', redis: 'ok', meilisearch: 'ok' } });
  });

  it('answers 503 and names Redis when Redis is down', async () => {
    const deadRedis = createRedis('redis://127.0.0.1:1');
    deadRedis.on('error', () => {});
    const app = createApp({ ...rt.ctx, redis: deadRedis });
    const res = await app.request('/api/health');
    deadRedis.disconnect();
    expect(res.status).toBe(503);
    const body = (await res.json()) as { checks: Record<string, string> };
    expect(body.checks).toEqual({ db: 'ok', redis: 'down', meilisearch: 'ok' });
  });

  it('answers 503 and names Meilisearch when Meilisearch is down', async () => {
    const { createSearchClient } = await import('@desk/search-config');
    const config = { url: 'http://127.0.0.1:1', apiKey: 'x' };
    const app = createApp({ ...rt.ctx, search: { client: createSearchClient(config), config } });
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: Record<string, string> }).checks.meilisearch).toBe('down');
  });
});
