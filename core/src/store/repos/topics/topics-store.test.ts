import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../schema';
import { listDepartments } from '../departments';
import { createRoutingRule, proposeDepartment } from '../routing';
import { categoryRules } from './categories';
import { ModelCache } from './model-cache';
import { activeModelVersion, saveModel } from './models';
import { createShift, onDutyAt } from './rota';
import { addTrainingExamples, trainFromExamples } from './training';

describe('topics store', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('starts with the seeded categories and their keywords after migration', async () => {
    const rules = await categoryRules(rt.database.db);
    expect(rules.map((r) => r.category)).toEqual(
      expect.arrayContaining(['城乡建设', '教育文体', '卫生计生']),
    );
    expect(rules.find((r) => r.category === '环境保护')?.keywords).toContain('噪音');
  });

  it('trains a topic model from uploaded examples, stores it as the active version and serves it', async () => {
    const db = rt.database.db;
    const rows = [
      ...['小区电梯坏了', '物业乱收费', '开发商延期交房', '楼道漏水物业不管'].map((title) => ({
        title,
        label: '城乡建设',
      })),
      ...['学校强制补课', '幼儿园收费高', '学位不足', '学生课业负担重'].map((title) => ({
        title,
        label: '教育文体',
      })),
    ];
    await addTrainingExamples(db, 'topic', rows, null);
    const result = await trainFromExamples(db, 'topic', null);
    expect(result).toMatchObject({ trained: true, version: 1 });
    expect(await activeModelVersion(db, 'topic')).toMatchObject({ version: 1 });
    const model = await new ModelCache(db).topicModel();
    expect(model?.predict({ title: '物业不管电梯' }).label).toBe('城乡建设');
  });

  it('treats a stored model it cannot read as absent and logs that it is stale', async () => {
    const db = rt.database.db;
    const stale = { format: 'desk-linear-v0', labels: ['0', '1'] } as never;
    await saveModel(db, { kind: 'sentiment', model: stale, metrics: {}, trainingSize: 2 });
    const warnings: string[] = [];
    const cache = new ModelCache(db, { warn: (_details, message) => warnings.push(message) });
    expect(await cache.sentimentModel()).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/sentiment model v1 is stale.*lexicon/)]);
  });

  it('proposes a department from a matching rule and names the rule as the reason', async () => {
    const db = rt.database.db;
    const edu = (await listDepartments(db)).find((d) => d.name === '教育局')!;
    await createRoutingRule(db, {
      name: '教育类',
      departmentId: edu.id,
      topic: '教育文体',
      schemeId: null,
      keywords: [],
      regions: [],
      priority: 0,
      active: true,
    });
    const proposal = await proposeDepartment(db, { topic: '教育文体', keywords: ['补课'] });
    expect(proposal).toMatchObject({ departmentId: edu.id, basis: 'rule' });
    expect(proposal?.reason.zh).toContain('教育类');
    expect(await proposeDepartment(db, { topic: '交通运输' })).toBeNull();
  });

  it('finds the officer on duty at a moment from the rota', async () => {
    const db = rt.database.db;
    const [duty] = await db.select().from(users).where(eq(users.username, 'duty'));
    const start = new Date('2026-03-01T00:00:00Z');
    await createShift(db, {
      userId: duty!.id,
      startsAt: start,
      endsAt: new Date('2026-03-01T08:00:00Z'),
      email: 'duty@example.org',
      note: null,
    });
    expect(await onDutyAt(db, new Date('2026-03-01T03:00:00Z'))).toMatchObject({
      userId: duty!.id,
      email: 'duty@example.org',
    });
    expect(await onDutyAt(db, new Date('2026-03-01T09:00:00Z'))).toBeNull();
  });
});
