import { listDepartments } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/routing-rules', () => {
  let rt: TestRuntime;
  let admin: string;
  let dept: Record<string, number>;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
    dept = Object.fromEntries((await listDepartments(rt.database.db)).map((d) => [d.name, d.id]));
  });
  afterAll(() => rt?.close());

  it('proposes the department of the most specific matching rule, with the rule as the reason', async () => {
    const rules = [
      { name: '环保类', departmentId: dept['生态环境局'], topic: '环境保护' },
      { name: '噪音扰民', departmentId: dept['城市管理局'], topic: '环境保护', keywords: ['噪音', '扰民'] },
    ];
    for (const rule of rules)
      expect((await call(rt.app, admin, '/api/routing-rules', { json: rule })).status).toBe(201);
    const noise = await call(rt.app, admin, '/api/routing-rules/propose', {
      json: { topic: '环境保护', text: '夜间施工噪音扰民' },
    });
    expect(await noise.json()).toMatchObject({
      departmentId: dept['城市管理局'],
      basis: 'rule',
      reason: { zh: expect.stringContaining('噪音扰民') },
    });
    const other = await call(rt.app, admin, '/api/routing-rules/propose', {
      json: { topic: '环境保护', text: '河道有异味' },
    });
    expect(await other.json()).toMatchObject({ departmentId: dept['生态环境局'] });
    const none = await call(rt.app, admin, '/api/routing-rules/propose', { json: { topic: '交通运输' } });
    expect(await none.json()).toBeNull();
  });

  it('refuses a rule without any condition (400), rule editing by the duty officer (403), unknown ids (404)', async () => {
    expect(
      (
        await call(rt.app, admin, '/api/routing-rules', {
          json: { name: '空', departmentId: dept['教育局'] },
        })
      ).status,
    ).toBe(400);
    const duty = await loginAs(rt.app, 'duty');
    expect(
      (
        await call(rt.app, duty, '/api/routing-rules', {
          json: { name: 'x', departmentId: 1, topic: '教育文体' },
        })
      ).status,
    ).toBe(403);
    expect((await call(rt.app, duty, '/api/routing-rules')).status).toBe(200);
    expect((await call(rt.app, admin, '/api/routing-rules/9999', { method: 'DELETE' })).status).toBe(404);
  });
});
