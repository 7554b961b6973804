import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDepartments } from '../departments';
import { createRoutingRule, proposeDepartment } from '.';

describe('routing rules store', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

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
});
