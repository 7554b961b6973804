import { indexUid } from '@desk/search-config';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Indexed messages written for this test. */
const docs = [
  {
    id: 1,
    title: '珠山区搅拌站噪音扰民',
    body: '夜间施工，投诉多次',
    sourceId: 1,
    channel: 'web',
    region: '珠山区',
    publishedAt: 3,
  },
  {
    id: 2,
    title: '珠山区某小区搅拌站扬尘',
    body: '灰尘很大，请求处理',
    sourceId: 1,
    channel: 'web',
    region: '珠山区',
    publishedAt: 2,
  },
  {
    id: 3,
    title: '昌江区搅拌站噪音',
    body: '投诉噪音',
    sourceId: 1,
    channel: 'web',
    region: '昌江区',
    publishedAt: 1,
  },
  {
    id: 4,
    title: '珠山区搅拌站招聘广告',
    body: '招聘司机，噪音小待遇好',
    sourceId: 1,
    channel: 'web',
    region: '珠山区',
    publishedAt: 4,
  },
];
const scheme = {
  name: '珠山区搅拌站',
  regionWords: ['珠山区'],
  subjectWords: ['搅拌站'],
  eventWords: ['噪音', '扬尘'],
  excludeWords: ['招聘'],
};

describe('/api/schemes', () => {
  let rt: TestRuntime;
  let duty: string;
  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    await rt.search.client
      .index(indexUid(rt.search.config, 'messages'))
      .addDocuments(docs)
      .waitTask({ timeout: 30_000 });
    duty = await loginAs(rt.app, 'duty');
  });
  afterAll(() => rt?.close());

  it('previews a scheme through Meilisearch: region AND subject AND event words, NOT exclusions', async () => {
    const res = await call(rt.app, duty, '/api/schemes/preview', { json: scheme });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: number }[]).map((m) => m.id)).toEqual([1, 2]);
  });

  it('creates a scheme, backfills its hits from the index and lists it with its hit count', async () => {
    const res = await call(rt.app, duty, '/api/schemes', { json: { ...scheme, alertThreshold: 5 } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: number; hits: number };
    expect(created.hits).toBe(2);
    const list = (await (await call(rt.app, duty, '/api/schemes')).json()) as { id: number; hits: number }[];
    expect(list.find((s) => s.id === created.id)?.hits).toBe(2);
    const seriesRes = await call(rt.app, duty, `/api/schemes/${created.id}/series?bucket=day`);
    const series = (await seriesRes.json()) as { count: number }[];
    expect(seriesRes.status, JSON.stringify(series)).toBe(200);
    expect(series.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('refuses a scheme without any word (400) and scheme editing by a leader or a handler (403)', async () => {
    expect((await call(rt.app, duty, '/api/schemes', { json: { name: '空方案' } })).status).toBe(400);
    for (const who of ['leader', 'edu'])
      expect((await call(rt.app, await loginAs(rt.app, who), '/api/schemes', { json: scheme })).status).toBe(
        403,
      );
    expect((await call(rt.app, await loginAs(rt.app, 'edu'), '/api/schemes')).status).toBe(403);
    expect((await call(rt.app, await loginAs(rt.app, 'leader'), '/api/schemes')).status).toBe(200);
  });

  it('answers 404 for an unknown scheme', async () => {
    expect((await call(rt.app, duty, '/api/schemes/9999')).status).toBe(404);
  });
});
