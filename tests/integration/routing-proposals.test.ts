import { CaseCreateSchema } from '@desk/core';
import {
  createCase,
  createRoutingRule,
  type Db,
  listDepartments,
  proposalForCase,
  schema,
} from '@desk/core/store';
import { indexChangedCases } from '@desk/ingest';
import { similarCaseFinder } from '@desk/search-config';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A stored web message as the pipeline leaves it (topic and region already tagged). */
async function storeMessage(
  db: Db,
  m: { title: string; body: string; topic?: string | null; region?: string | null; eventId?: number | null },
) {
  let [source] = await db.select().from(schema.sources).where(eq(schema.sources.name, 'routing-test'));
  if (!source)
    [source] = await db.insert(schema.sources).values({ name: 'routing-test', type: 'rss' }).returning();
  const [row] = await db
    .insert(schema.messages)
    .values({
      sourceId: source!.id,
      dedupeKey: `id:${Math.random().toString(36).slice(2)}`,
      kind: 'web',
      channel: 'web',
      title: m.title,
      body: m.body,
      topic: m.topic ?? null,
      region: m.region ?? null,
      eventId: m.eventId ?? null,
    })
    .returning();
  return row!.id;
}

/** A past case the department led (assigned and handled before this test). */
async function pastCase(
  db: Db,
  leadDepartmentId: number,
  subject: { title: string; body: string; messageId?: number; eventId?: number },
) {
  const row = await createCase(db, CaseCreateSchema.parse({ type: 'complaint', ...subject }), {
    actor: null,
    proposal: null,
  });
  await db
    .update(schema.cases)
    .set({ leadDepartmentId, departmentIds: [leadDepartmentId], updatedAt: new Date() })
    .where(eq(schema.cases.id, row!.id));
  return row!.id;
}

describe('routing proposals, step by step', () => {
  let rt: TestRuntime;
  let dept: Record<string, number>;
  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    dept = Object.fromEntries((await listDepartments(rt.database.db)).map((d) => [d.name, d.id]));
  });
  afterAll(() => rt?.close());
  const finder = () => ({ similarCases: similarCaseFinder(rt.search) });

  it('first follows a routing rule and says which', async () => {
    const db = rt.database.db;
    await createRoutingRule(db, {
      name: '供水停水',
      departmentId: dept['住建局']!,
      topic: null,
      schemeId: null,
      keywords: ['停水', '供水'],
      regions: [],
      priority: 10,
      active: true,
    });
    const messageId = await storeMessage(db, {
      title: '凤凰城小区突然停水',
      body: '新厂西路凤凰城从昨天早上开始停水，到现在还没有恢复供水。',
      topic: '城乡建设',
      region: '珠山区',
    });
    const proposal = await proposalForCase(
      db,
      { title: '凤凰城小区突然停水', body: '', messageId },
      finder(),
    );
    expect(proposal).toMatchObject({ departmentId: dept['住建局'], basis: 'rule' });
    expect(proposal!.reason.zh).toContain('供水停水');
    expect(proposal!.reason.en).toContain('供水停水');
  });

  it('then the department that usually leads cases of the category in the region', async () => {
    const db = rt.database.db;
    for (const road of ['珠山大道', '广场北路', '中华北路']) {
      const messageId = await storeMessage(db, {
        title: `${road}公交站台破损`,
        body: `${road}的公交站台顶棚破了，下雨天等车没处躲。`,
        topic: '交通运输',
        region: '珠山区',
      });
      await pastCase(db, dept['交通运输局']!, { title: `${road}公交站台破损`, body: '', messageId });
    }
    const messageId = await storeMessage(db, {
      title: '建国路公交线路调整后出行不便',
      body: '珠山区建国路的公交线路调整以后，老人去医院要换乘两次。',
      topic: '交通运输',
      region: '珠山区',
    });
    const proposal = await proposalForCase(
      db,
      { title: '建国路公交线路调整', body: '', messageId },
      finder(),
    );
    expect(proposal).toMatchObject({ departmentId: dept['交通运输局'], basis: 'usual' });
    expect(proposal!.reason.zh).toBe('珠山区“交通运输”类工单通常由该部门主办（以往3件中3件）');
  });

  it('then the department of similar past cases, found in the search index', async () => {
    const db = rt.database.db;
    for (const estate of ['锦绣华庭', '翠湖湾', '御景豪庭'])
      await pastCase(db, dept['城市管理局']!, {
        title: `${estate}门口流动摊贩占道经营`,
        body: `${estate}小区门口每天晚上都有流动摊贩占道经营，油烟和噪音扰民，垃圾遍地。`,
      });
    await indexChangedCases({ db, search: rt.search });
    const proposal = await proposalForCase(
      db,
      { title: '枫林苑门口流动摊贩占道经营', body: '每天晚上流动摊贩占道经营，油烟扰民，垃圾没人清理。' },
      finder(),
    );
    expect(proposal).toMatchObject({ departmentId: dept['城市管理局'], basis: 'similar' });
    expect(proposal!.caseIds).toHaveLength(3);
    expect(proposal!.reason.zh).toMatch(/^相似的既往工单.+“.+占道经营”等3件由该部门主办$/);
  });

  it("last the event's messages: a department already leading another case of the same event", async () => {
    const db = rt.database.db;
    const now = new Date();
    const [event] = await db
      .insert(schema.events)
      .values({ title: '陶溪川周边夜间施工扰民', firstSeenAt: now, lastSeenAt: now })
      .returning();
    const first = await storeMessage(db, {
      title: '夜里施工太吵',
      body: '凌晨两点还在打桩。',
      eventId: event!.id,
    });
    await pastCase(db, dept['生态环境局']!, { title: '夜里施工太吵', body: '', messageId: first });
    const second = await storeMessage(db, {
      title: '睡不着觉',
      body: '噪声一直持续到天亮。',
      eventId: event!.id,
    });
    const proposal = await proposalForCase(db, { title: '睡不着觉', body: '', messageId: second });
    expect(proposal).toMatchObject({ departmentId: dept['生态环境局'], basis: 'event' });
    expect(proposal!.reason.zh).toBe('同一舆情事件“陶溪川周边夜间施工扰民”已有1件工单由该部门主办');
  });

  it('proposes nothing rather than guessing when no step finds a department', async () => {
    const proposal = await proposalForCase(
      rt.database.db,
      { title: '咨询一个问题', body: '请问怎么办理？' },
      finder(),
    );
    expect(proposal).toBeNull();
  });

  it('gives a case filed from an event its proposal, with the reason, through the API', async () => {
    const db = rt.database.db;
    const now = new Date();
    const [event] = await db
      .insert(schema.events)
      .values({
        title: '阳光花园突然停水',
        keywords: ['停水', '阳光花园', '供水'],
        topic: '城乡建设',
        regions: ['浮梁县'],
        firstSeenAt: now,
        lastSeenAt: now,
      })
      .returning();
    const duty = await loginAs(rt.app, 'duty');
    const res = await call(rt.app, duty, '/api/cases', {
      json: { type: 'opinion', severity: 'general', title: '阳光花园突然停水', body: '', eventId: event!.id },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Json;
    expect(created.proposal).toMatchObject({ departmentId: dept['住建局'], basis: 'rule' });
    const asked = await call(rt.app, duty, '/api/routing-rules/propose', { json: { eventId: event!.id } });
    expect(await asked.json()).toMatchObject({
      departmentId: dept['住建局'],
      reason: { zh: expect.any(String) },
    });
  });
});
