import { listDepartments, raiseAlert, schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/alerts', () => {
  let rt: TestRuntime;
  let duty: string;
  let eduAlertId: number;
  let cityAlertId: number;
  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
    const edu = (await listDepartments(rt.database.db)).find((d) => d.name === '教育局')!;
    eduAlertId = (await raiseAlert(rt.database.db, {
      kind: 'negative',
      level: 'orange',
      title: '某校负面集中',
      departmentId: edu.id,
    }))!.id;
    cityAlertId = (await raiseAlert(rt.database.db, { kind: 'burst', level: 'red', title: '全市突增' }))!.id;
  });
  afterAll(() => rt?.close());

  it('lists every alert to the duty officer, newest first, with a Content-Range', async () => {
    const res = await call(rt.app, duty, '/api/alerts?range=[0,9]');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { id: number }[];
    expect(rows.map((r) => r.id)).toEqual([cityAlertId, eduAlertId]);
    expect(res.headers.get('Content-Range')).toBe('alerts 0-1/2');
  });

  it('shows a handler only the alerts of their own department', async () => {
    const edu = await loginAs(rt.app, 'edu');
    const rows = (await (await call(rt.app, edu, '/api/alerts')).json()) as { id: number }[];
    expect(rows.map((r) => r.id)).toEqual([eduAlertId]);
    expect((await call(rt.app, edu, `/api/alerts/${cityAlertId}`)).status).toBe(404);
    expect((await call(rt.app, await loginAs(rt.app, 'health'), '/api/alerts')).status).toBe(200);
    expect(
      (await (await call(rt.app, await loginAs(rt.app, 'health'), '/api/alerts')).json()) as unknown[],
    ).toEqual([]);
  });

  it('records an acknowledgement in the alert and the audit log, and refuses a second one', async () => {
    const res = await call(rt.app, duty, `/api/alerts/${cityAlertId}/acknowledge`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: cityAlertId, acknowledgedAt: expect.any(String) });
    const again = await call(rt.app, duty, `/api/alerts/${cityAlertId}/acknowledge`, { method: 'POST' });
    expect(again.status).toBe(409);
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'alerts'), eq(schema.auditLog.action, 'acknowledge')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: 'duty', entityId: String(cityAlertId) });
  });

  it('lets the duty officer raise a manual alert but not a leader; 400 for a bad level', async () => {
    const ok = await call(rt.app, duty, '/api/alerts', {
      json: { title: '人工标记：某事件', level: 'yellow' },
    });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ kind: 'manual', level: 'yellow' });
    const leader = await loginAs(rt.app, 'leader');
    expect((await call(rt.app, leader, '/api/alerts', { json: { title: 'x' } })).status).toBe(403);
    expect((await call(rt.app, duty, '/api/alerts', { json: { title: 'x', level: 'purple' } })).status).toBe(
      400,
    );
  });
});
