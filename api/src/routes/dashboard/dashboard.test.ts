import { schema } from '@desk/core/store';
import { indexUid } from '@desk/search-config';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const day = (d: string, hour = 10) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const period = `from=${encodeURIComponent(day('2026-03-01', 0).toISOString())}&to=${encodeURIComponent(day('2026-03-08', 0).toISOString())}`;

interface Stats {
  totals: { messages: number; negative: number; received: number; published: number };
  volumeByDay: { day: string; channel: string; n: number }[];
  categories: { topic: string; n: number }[];
  sentimentByDay: { day: string; label: string; n: number }[];
  regions: { region: string; n: number }[];
  departments: unknown[];
  topEvents: unknown[];
}

describe('GET /api/dashboard/leader', () => {
  let rt: TestRuntime;
  let leader: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    leader = await loginAs(rt.app, 'leader');
    const db = rt.database.db;
    const [source] = await db.insert(schema.sources).values({ name: 'fixture', type: 'demo' }).returning();
    const base = { sourceId: source!.id, kind: 'web' as const, body: '正文' };
    const rows = [
      {
        dedupeKey: 'a',
        channel: 'web' as const,
        title: '供暖',
        topic: '城乡建设',
        region: '昌江区',
        sentimentLabel: '负面',
        receivedAt: day('2026-03-02'),
      },
      {
        dedupeKey: 'b',
        channel: 'web' as const,
        title: '供暖2',
        topic: '城乡建设',
        region: '珠山区',
        sentimentLabel: '中性',
        receivedAt: day('2026-03-02', 23),
      },
      {
        dedupeKey: 'c',
        channel: 'wechat' as const,
        title: '学校',
        topic: '教育文体',
        region: '昌江区',
        sentimentLabel: '负面',
        receivedAt: day('2026-03-03'),
      },
      {
        dedupeKey: 'd',
        channel: 'web' as const,
        title: '上月',
        topic: '教育文体',
        region: '昌江区',
        sentimentLabel: '负面',
        receivedAt: day('2026-02-20'),
      },
    ];
    const inserted = await db
      .insert(schema.messages)
      .values(rows.map((r) => ({ ...base, ...r })))
      .returning();
    // A near duplicate of the first message is linked to it and not counted again.
    await db
      .insert(schema.messages)
      .values({ ...base, ...rows[0]!, dedupeKey: 'a2', duplicateOfId: inserted[0]!.id });
  });
  afterAll(() => rt?.close());

  it('counts the period by Beijing day and channel, by category and by sentiment, without duplicates', async () => {
    const res = await call(rt.app, leader, `/api/dashboard/leader?${period}`);
    expect(res.status).toBe(200);
    const stats = (await res.json()) as Stats;
    expect(stats.totals).toMatchObject({ messages: 3, negative: 2 });
    expect(stats.volumeByDay).toEqual([
      { day: '2026-03-02', channel: 'web', n: 2 },
      { day: '2026-03-03', channel: 'wechat', n: 1 },
    ]);
    expect(stats.categories[0]).toEqual({ topic: '城乡建设', n: 2 });
    expect(stats.sentimentByDay).toContainEqual({ day: '2026-03-02', label: '负面', n: 1 });
    expect(stats.regions.map((r) => r.region).sort()).toEqual(['昌江区', '珠山区']);
    expect(Array.isArray(stats.departments) && Array.isArray(stats.topEvents)).toBe(true);
  });

  it('narrows every figure to one region but still offers all regions', async () => {
    const res = await call(
      rt.app,
      leader,
      `/api/dashboard/leader?${period}&region=${encodeURIComponent('昌江区')}`,
    );
    const stats = (await res.json()) as Stats;
    expect(stats.totals.messages).toBe(2);
    expect(stats.regions).toHaveLength(2);
  });

  it('refuses a department handler, who would see other departments in the totals', async () => {
    const res = await call(rt.app, await loginAs(rt.app, 'edu'), `/api/dashboard/leader?${period}`);
    expect(res.status).toBe(403);
  });

  it('answers 400 for a reversed or over-long period', async () => {
    const reversed = `from=${day('2026-03-08').toISOString()}&to=${day('2026-03-01').toISOString()}`;
    expect((await call(rt.app, leader, `/api/dashboard/leader?${reversed}`)).status).toBe(400);
    const long = `from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`;
    expect((await call(rt.app, leader, `/api/dashboard/leader?${long}`)).status).toBe(400);
  });
});

describe('GET /api/dashboard/facets', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    const { client, config } = rt.search;
    const [edu] = await rt.database.db
      .select()
      .from(schema.departments)
      .where(eq(schema.departments.code, 'edu'));
    const own = edu!.id;
    const docs = [
      {
        id: 1,
        title: '小区供暖不热',
        body: '',
        topic: '城乡建设',
        sentimentLabel: '负面',
        channel: 'web',
        region: '昌江区',
        departmentIds: [],
      },
      {
        id: 2,
        title: '供暖费怎么交',
        body: '',
        topic: '城乡建设',
        sentimentLabel: '中性',
        channel: 'wechat',
        region: '珠山区',
        departmentIds: [],
      },
      {
        id: 3,
        title: '学校供暖设备老化',
        body: '',
        topic: '教育文体',
        sentimentLabel: '负面',
        channel: 'web',
        region: '昌江区',
        departmentIds: [own],
      },
      {
        id: 4,
        title: '公交线路调整',
        body: '',
        topic: '交通运输',
        sentimentLabel: '中性',
        channel: 'web',
        region: '昌江区',
        departmentIds: [own],
      },
    ];
    await client.index(indexUid(config, 'messages')).addDocuments(docs).waitTask({ timeout: 20_000 });
  });
  afterAll(() => rt?.close());

  const facets = async (token: string, filter: object) => {
    const res = await call(
      rt.app,
      token,
      `/api/dashboard/facets?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
    return {
      status: res.status,
      body: (await res.json()) as {
        total: number;
        facetDistribution: Record<string, Record<string, number>>;
      },
    };
  };

  it('counts the facets of a full-text search and narrows them with the filters', async () => {
    const duty = await loginAs(rt.app, 'duty');
    const all = await facets(duty, { q: '供暖' });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.facetDistribution.topic).toEqual({ 城乡建设: 2, 教育文体: 1 });
    const negative = await facets(duty, { q: '供暖', sentimentLabel: '负面' });
    expect(negative.body.facetDistribution.region).toEqual({ 昌江区: 2 });
  });

  it("counts only the handler's own department", async () => {
    const { body } = await facets(await loginAs(rt.app, 'edu'), {});
    expect(body.total).toBe(2);
    expect(body.facetDistribution.topic).toEqual({ 教育文体: 1, 交通运输: 1 });
  });

  it('refuses a filter the message search would refuse', async () => {
    const duty = await loginAs(rt.app, 'duty');
    expect((await facets(duty, { nosuch: 1 })).status).toBe(400);
    const res = await call(rt.app, duty, '/api/dashboard/facets?filter=%7Bbad');
    expect(res.status).toBe(400);
  });
});
