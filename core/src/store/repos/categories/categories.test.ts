import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryRules } from '.';

describe('categories store', () => {
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
});
