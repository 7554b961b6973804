import type { RawItem } from '@desk/core';
import { schema } from '@desk/core/store';
import { createDeskJobs, type JobProducer } from '@desk/queue';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestBatch } from '../batch';
import { defaultTuning } from '../tuning';
import { memoryBandIndex } from './band-index';
import { runTopicStages } from './topics';

const web = (externalId: string, title: string, body: string): RawItem => ({
  externalId,
  title,
  body,
  kind: 'web',
  channel: 'feed',
});

describe('risk rules through the ingest pipeline', () => {
  let rt: TestRuntime;
  let sourceId: number;
  let jobs: JobProducer;

  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    jobs = createDeskJobs(rt.queue);
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 'risk', type: 'json' })
      .returning();
    sourceId = source!.id;
  });
  afterAll(async () => {
    await jobs?.close();
    await rt?.close();
  });

  const ingest = async (items: RawItem[]) => {
    const db = rt.database.db;
    await runIngestBatch(
      { sourceId, fetchedAt: new Date().toISOString(), items },
      { db, tuning: defaultTuning, bands: memoryBandIndex() },
    );
    const stored = await db.select().from(schema.messages);
    const ids = stored.filter((m) => items.some((i) => i.externalId === m.externalId)).map((m) => m.id);
    const log = pino({ level: 'silent' });
    const { prefix } = rt.queue;
    const alerts = { db, redis: rt.redis, prefix, jobs, log };
    await runTopicStages(ids, { db, redis: rt.redis, prefix, alerts, log });
  };
  const message = async (externalId: string) =>
    (
      await rt.database.db.select().from(schema.messages).where(eq(schema.messages.externalId, externalId))
    )[0]!;

  it('marks a message that threatens collective petitioning and alerts the desk at once', async () => {
    await ingest([
      web(
        'r1',
        '昌江区某楼盘逾期两年不交房，业主准备集体上访',
        '开发商一拖再拖，住建局也不管。业主群里已经约好，下周一再不给说法就集体上访，到市政府门口拉横幅。',
      ),
    ]);
    const m = await message('r1');
    expect(m.riskLevel).toBe('red');
    expect(m.riskHits).toEqual([
      expect.objectContaining({ name: '群体性事件苗头', level: 'red', words: ['集体上访', '拉横幅'] }),
    ]);
    expect(m.sentimentLabel).toBe('负面');
    expect(m.sentimentReasons.length).toBeGreaterThan(0);
    const alerts = await rt.database.db.select().from(schema.alerts).where(eq(schema.alerts.kind, 'risk'));
    expect(alerts).toEqual([
      expect.objectContaining({
        level: 'red',
        dedupeKey: `risk:message:${m.id}`,
        detail: expect.objectContaining({ messageId: m.id }),
      }),
    ]);
  });

  it('marks a gas leak as a safety hazard at orange', async () => {
    await ingest([
      web(
        'r2',
        '珠山区某小区3栋楼道燃气泄漏',
        '一进楼道就闻到很浓的煤气味，已经打了物业电话没人接，楼里有很多老人，请燃气公司马上来人！',
      ),
    ]);
    const m = await message('r2');
    expect(m).toMatchObject({ riskLevel: 'orange' });
    expect(m.riskHits[0]).toMatchObject({ name: '安全隐患', words: expect.arrayContaining(['燃气泄漏']) });
  });

  it('leaves negated and reported mentions unmarked and raises no alert for them', async () => {
    const before = (await rt.database.db.select().from(schema.alerts)).length;
    await ingest([
      web(
        'n1',
        '咨询小区消防通道能否划停车位',
        '我们小区去年加装了喷淋，至今没有发生火灾，想问消防通道旁边能否划停车位。',
      ),
      web('n2', '咨询拆迁补偿标准', '听说去年有人上访，我们只想了解今年新厂片区的拆迁补偿标准是多少，谢谢。'),
      web('n3', '感谢燃气公司及时上门', '昨天燃气公司师傅上门检测，已排除燃气泄漏，服务很耐心，特此感谢。'),
    ]);
    for (const id of ['n1', 'n2', 'n3'])
      expect(await message(id)).toMatchObject({ riskLevel: null, riskHits: [] });
    expect((await rt.database.db.select().from(schema.alerts)).length).toBe(before);
  });

  it('takes a named matter back into its event after the event was closed for quiet, and reopens it', async () => {
    const monthsAgo = (n: number) => new Date(Date.now() - n * 30 * 86_400_000).toISOString();
    await ingest([
      {
        ...web(
          'g1',
          '陶瓷职业学院强制学生外出实习',
          '学校要求我们到指定的工厂实习六个月，工作和专业不对口，不去就不给学分，不能毕业。',
        ),
        publishedAt: monthsAgo(8),
      },
    ]);
    await ingest([web('g0', '公积金提取需要什么材料', '想咨询一下公积金提取需要准备哪些材料。')]);
    const closed = await rt.database.db
      .select({ status: schema.events.status })
      .from(schema.events)
      .where(eq(schema.events.id, (await message('g1')).eventId!));
    expect(closed).toEqual([{ status: 'closed' }]);
    await ingest([
      {
        ...web(
          'g2',
          '陶瓷职业学院又强制学生寒假实习',
          '今年寒假学院又要求学生去工厂实习，不去就扣学分，家长都很担心。',
        ),
        publishedAt: monthsAgo(1),
      },
    ]);
    const [first, again] = [await message('g1'), await message('g2')];
    expect(again.eventId).toBe(first.eventId);
    const [event] = await rt.database.db
      .select()
      .from(schema.events)
      .where(eq(schema.events.id, first.eventId!));
    expect(event).toMatchObject({ status: 'open', messageCount: 2 });
  });
});
