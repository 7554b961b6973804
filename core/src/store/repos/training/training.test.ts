import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTrainingExamples, trainFromExamples } from './examples';
import { ModelCache } from './model-cache';
import { activeModelVersion, saveModel } from './models';

describe('training store', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

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
});
