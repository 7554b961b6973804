import { schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/risk-rules', () => {
  let rt: TestRuntime;
  let duty: string;

  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
  });
  afterAll(() => rt?.close());

  const auditRows = (entityId: number) =>
    rt.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'risk-rules'), eq(schema.auditLog.entityId, String(entityId))));

  it('lists the shipped rules with their levels and words', async () => {
    const res = await call(rt.app, duty, '/api/risk-rules');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { name: string; level: string; words: string[] }[];
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['群体性事件苗头', '安全隐患', '媒体曝光']),
    );
    expect(rows.find((r) => r.name === '安全隐患')).toMatchObject({ level: 'orange' });
  });

  it('creates, edits and deletes a rule, each with its audit row', async () => {
    const created = await call(rt.app, duty, '/api/risk-rules', {
      json: { name: '电梯困人', level: 'orange', words: ['电梯困人', '被困电梯'] },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const edited = await call(rt.app, duty, `/api/risk-rules/${id}`, {
      method: 'PUT',
      json: { level: 'red' },
    });
    expect(await edited.json()).toMatchObject({ id, level: 'red', words: ['电梯困人', '被困电梯'] });
    const admin = await loginAs(rt.app, 'admin');
    expect((await call(rt.app, admin, `/api/risk-rules/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await auditRows(id)).map((r) => [r.action, r.actorName])).toEqual([
      ['create', 'duty'],
      ['update', 'duty'],
      ['delete', 'admin'],
    ]);
  });

  it('refuses a rule without words with a bilingual error and stores nothing', async () => {
    const res = await call(rt.app, duty, '/api/risk-rules', {
      json: { name: '空规则', level: 'red', words: [] },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const rows = await rt.database.db
      .select()
      .from(schema.riskRules)
      .where(eq(schema.riskRules.name, '空规则'));
    expect(rows).toEqual([]);
  });

  it('answers 404 for a rule that does not exist', async () => {
    expect((await call(rt.app, duty, '/api/risk-rules/99999')).status).toBe(404);
  });
});
