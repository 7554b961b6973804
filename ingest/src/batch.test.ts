import type { RawItem } from '@desk/core';
import { schema } from '@desk/core/store';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestBatch } from './batch';
import { memoryBandIndex, redisBandIndex } from './stages/band-index';
import { defaultTuning } from './tuning';

const complaint =
  '珠山区新村街道阳光花园小区自上周起连续停水三天，居民生活用水十分困难，老人小孩只能到外面买水。' +
  '物业说是供水管道破裂，但一直没有人来维修，希望自来水公司和相关部门尽快派人抢修，恢复正常供水。';
const item = (id: string, body = complaint, extra: Partial<RawItem> = {}): RawItem => ({
  externalId: id,
  title: '小区停水三天无人管',
  body,
  kind: 'web',
  channel: 'feed',
  ...extra,
});

describe('runIngestBatch', () => {
  let rt: TestRuntime;
  let sourceId: number;
  const bands = memoryBandIndex();
  const run = (items: RawItem[]) =>
    runIngestBatch(
      { sourceId, fetchedAt: new Date().toISOString(), items },
      { db: rt.database.db, tuning: defaultTuning, bands },
    );
  const byExternal = async (externalId: string) =>
    (
      await rt.database.db.select().from(schema.messages).where(eq(schema.messages.externalId, externalId))
    )[0];

  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 's', type: 'json' })
      .returning();
    sourceId = source!.id;
  });
  afterAll(() => rt?.close());

  it('stores each item once: the same batch again adds nothing', async () => {
    const first = await run([
      item('a1'),
      item('a2', '乐平市众埠镇道路坑洼不平，雨天积水严重，电动车经常摔倒。'),
      item('a1'),
    ]);
    expect(first).toMatchObject({ read: 3, stored: 2, dropped: { duplicate: 1, empty: 0 } });
    const again = await run([item('a1'), item('a2', '乐平市众埠镇道路坑洼不平')]);
    expect(again).toMatchObject({ stored: 0, dropped: { duplicate: 2 } });
    const [count] = await rt.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.messages);
    expect(count!.n).toBe(2);
    const [outbox] = await rt.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.searchOutbox);
    expect(outbox!.n).toBe(2);
  });

  it('links a near-duplicate repost to the first message and counts it, in a later batch and in the same batch', async () => {
    const later = await run([item('b1', `转发：${complaint}大家帮忙转发！`)]);
    expect(later.nearDuplicates).toBe(1);
    const original = await byExternal('a1');
    expect((await byExternal('b1'))!.duplicateOfId).toBe(original!.id);
    expect((await byExternal('a1'))!.duplicateCount).toBe(1);
    const body =
      '浮梁县瑶里镇景区门票节假日突然涨价，停车费也很贵，外地游客意见很大，希望文旅部门规范管理，公开定价依据。';
    const same = await run([item('c1', body), item('c2', `【转】${body}`)]);
    expect(same).toMatchObject({ stored: 2, nearDuplicates: 1 });
    expect((await byExternal('c2'))!.duplicateOfId).toBe((await byExternal('c1'))!.id);
    expect((await byExternal('c1'))!.duplicateCount).toBe(1);
  });

  it('never merges portal inquiries, however alike: each one is a case', async () => {
    const inquiry = (id: string) =>
      item(id, complaint, { kind: 'inquiry', channel: 'web', inquiryType: '投诉' });
    const result = await run([inquiry('p1'), inquiry('p2')]);
    expect(result).toMatchObject({ stored: 2, nearDuplicates: 0 });
    expect(result.inquiryIds).toHaveLength(2);
    expect((await run([inquiry('p1')])).inquiryIds).toEqual([(await byExternal('p1'))!.id]);
  });

  it('masks personal data, keeps the originals apart, and lets none of it into keywords', async () => {
    await run([
      item(
        'd1',
        '昌江区西郊街道噪音扰民，我的邮箱zhangwei@163.com，电话0798-8221234，身份证36020319850612123X。',
      ),
    ]);
    const stored = await byExternal('d1');
    expect(stored!.body).toBe(
      '昌江区西郊街道噪音扰民，我的邮箱z***@163.com，电话0798-82***34，身份证360203********123X。',
    );
    expect(stored!.piiKinds.sort()).toEqual(['email', 'id-card', 'landline']);
    expect(stored!.region).toBe('昌江区');
    expect(stored!.keywords.join(' ')).not.toMatch(/zhangwei|8221234|1985/);
    const [pii] = await rt.database.db
      .select()
      .from(schema.messagePii)
      .where(eq(schema.messagePii.messageId, stored!.id));
    expect(pii!.body).toContain('zhangwei@163.com');
  });

  it('normalizes HTML, full-width characters and tracking parameters, and drops empty items', async () => {
    const result = await run([
      item('e1', '<p>电话：１３９１２３４５６７８&nbsp;请回复</p>', {
        url: 'https://bbs.example.cn/t/9?utm_source=wx&id=3#top',
      }),
      item('e2', '   ', { title: ' ' }),
    ]);
    expect(result.dropped.empty).toBe(1);
    const stored = await byExternal('e1');
    expect(stored!.body).toBe('电话：139****5678 请回复');
    expect(stored!.url).toBe('https://bbs.example.cn/t/9?id=3');
  });

  it('fails permanently on a payload that is not an ingest job', async () => {
    await expect(
      runIngestBatch({ sourceId, fetchedAt: 'yesterday', items: [] } as never, {
        db: rt.database.db,
        tuning: defaultTuning,
        bands,
      }),
    ).rejects.toThrow(/invalid ingest job/);
  });

  it('keeps band keys in Redis for every worker, expiring with the window', async () => {
    const index = redisBandIndex(rt.redis, rt.queue.prefix!, 7);
    await index.record([{ id: 42, bands: [1, 2] }]);
    await index.record([{ id: 43, bands: [2, 3] }]);
    expect(await index.lookup([1, 2, 3, 4])).toEqual(
      new Map([
        [1, 42],
        [2, 42],
        [3, 43],
      ]),
    );
    expect(await rt.redis.ttl(`${rt.queue.prefix}:lsh:1`)).toBeGreaterThan(6 * 86_400);
  });
});
