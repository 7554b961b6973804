import { escalateCases, schema } from '@desk/core/store';
import { indexChangedCases, startPipeline } from '@desk/ingest';
import { createDeskEventHub, jobRegistry } from '@desk/queue';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './cases-fixtures';

describe('escalation of due-soon and overdue cases', () => {
  let rt: TestRuntime;
  const tokens: Record<string, string> = {};
  let eduId: number;
  const ingestCtx = () => ({ ...rt.ctx, db: rt.database.db, demo: false, log: pino({ level: 'silent' }) });
  const create = async (json: Json, assign = true) => {
    const res = await call(rt.app, tokens.duty!, '/api/cases', { json: { channel: 'web', ...json } });
    const c = (await res.json()) as Json;
    if (assign)
      await call(rt.app, tokens.duty!, `/api/cases/${c.id}/actions/assign`, {
        json: { departmentId: eduId },
      });
    return c;
  };
  const notifications = async (who: string) =>
    (await (await call(rt.app, tokens[who]!, '/api/notifications?range=[0,99]')).json()) as Json[];

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    for (const who of ['admin', 'duty', 'edu', 'health', 'reviewer', 'leader'])
      tokens[who] = await loginAs(rt.app, who);
    const departments = (await (
      await call(rt.app, tokens.admin!, '/api/departments?range=[0,99]')
    ).json()) as Json[];
    eduId = departments.find((d) => d.code === 'edu')!.id;
  });
  afterAll(() => rt?.close());

  it('marks an overdue case once, notifies the lead department and reviewers (leader only when the policy says) and raises an alert', async () => {
    const late = await create({
      type: 'complaint',
      title: '噪音扰民长期未处理',
      receivedAt: '2026-01-05T09:00:00+08:00',
    });
    const first = await escalateCases(rt.database.db);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect((await escalateCases(rt.database.db)).overdue).toBe(0);
    const row = (await (await call(rt.app, tokens.edu!, `/api/cases/${late.id}`)).json()) as Json;
    expect(row).toMatchObject({ escalation: 'overdue', overdue: true });
    expect(
      (await notifications('edu')).filter((n) => n.caseId === late.id && n.kind === 'overdue'),
    ).toHaveLength(1);
    expect((await notifications('reviewer')).some((n) => n.caseId === late.id && n.kind === 'overdue')).toBe(
      true,
    );
    expect((await notifications('health')).some((n) => n.caseId === late.id)).toBe(false);
    expect((await notifications('leader')).some((n) => n.caseId === late.id)).toBe(false);
    const alerts = await rt.database.db.select().from(schema.alerts).where(eq(schema.alerts.caseId, late.id));
    expect(alerts).toHaveLength(1);
    const overdueList = await call(
      rt.app,
      tokens.edu!,
      `/api/cases?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`,
    );
    expect(((await overdueList.json()) as Json[]).map((c) => c.id)).toContain(late.id);
  });

  it('tells the leader about an overdue major opinion event', async () => {
    const event = await create({
      type: 'opinion',
      severity: 'major',
      title: '桥梁坍塌',
      receivedAt: new Date(Date.now() - 6 * 3_600_000).toISOString(),
      channel: 'monitoring',
    });
    await escalateCases(rt.database.db);
    expect((await notifications('leader')).some((n) => n.caseId === event.id && n.kind === 'overdue')).toBe(
      true,
    );
  });

  it('marks a case due soon within its last working day or last quarter of hours, then overdue after the deadline', async () => {
    const c = await create({
      type: 'opinion',
      severity: 'general',
      title: '网传某小区停水',
      receivedAt: new Date(Date.now() - 40 * 3_600_000).toISOString(),
      channel: 'monitoring',
    });
    await escalateCases(rt.database.db);
    expect(((await (await call(rt.app, tokens.duty!, `/api/cases/${c.id}`)).json()) as Json).escalation).toBe(
      'due-soon',
    );
    expect((await notifications('edu')).some((n) => n.caseId === c.id && n.kind === 'due-soon')).toBe(true);
    await escalateCases(rt.database.db, new Date(Date.now() + 9 * 3_600_000));
    expect(((await (await call(rt.app, tokens.duty!, `/api/cases/${c.id}`)).json()) as Json).escalation).toBe(
      'overdue',
    );
  });

  it('lifts the escalation when an extension moves the deadline into the future', async () => {
    const c = await create({
      type: 'complaint',
      title: '道路破损',
      receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    });
    await escalateCases(rt.database.db);
    const extended = await call(rt.app, tokens.edu!, `/api/cases/${c.id}/actions/extend`, {
      json: { workingDays: 10, approver: '分管领导', reason: '需多部门会商' },
    });
    expect(((await extended.json()) as Json).escalation).not.toBe('overdue');
  });

  it('runs escalation as a repeatable Bull job', async () => {
    const c = await create({
      type: 'report',
      title: '举报违章搭建',
      receivedAt: '2026-01-05T09:00:00+08:00',
    });
    const hub = createDeskEventHub(rt.redis, rt.queue.prefix);
    const live: Json[] = [];
    await hub.subscribe(await hub.latestId(), ({ event }) => void live.push(event));
    const sla = await startPipeline(
      { ...ingestCtx(), tuning: { repeatEveryMs: { escalate: 200, 'index-cases': 200 } } },
      { queues: ['sla'], indexer: false },
    );
    try {
      await waitFor(async () => {
        const row = (await (await call(rt.app, tokens.duty!, `/api/cases/${c.id}`)).json()) as Json;
        return row.escalation === 'overdue';
      });
      // The overdue alert is announced live to the desk (SSE) as well.
      await waitFor(async () =>
        live.some((e) => e.type === 'alert.new' && e.kind === 'overdue' && e.title.includes('举报违章搭建')),
      );
      const queue = sla.jobs.queue(jobRegistry.escalate.queue);
      // Every repeatable job the registry puts on this queue is scheduled, once each.
      const repeatable = Object.entries(jobRegistry)
        .filter(([, spec]) => spec.queue === jobRegistry.escalate.queue && 'repeatEveryMs' in spec)
        .map(([name]) => name)
        .sort();
      expect(repeatable).toEqual(expect.arrayContaining(['briefing', 'escalate', 'index-cases']));
      expect((await queue.getRepeatableJobs()).map((j) => j.name).sort()).toEqual(repeatable);
    } finally {
      await sla.close();
      hub.close();
    }
  });

  it('suggests similar past cases with their published replies from Meilisearch', async () => {
    const past = await create({
      type: 'complaint',
      title: '幼儿园收费标准不透明',
      receivedAt: new Date().toISOString(),
    });
    await call(rt.app, tokens.edu!, `/api/cases/${past.id}/actions/accept`, { json: {} });
    await call(rt.app, tokens.edu!, '/api/drafts', {
      json: { caseId: past.id, body: '收费标准已在教育局网站公示。' },
    });
    for (const [who, action] of [
      ['edu', 'submit'],
      ['reviewer', 'approve'],
      ['reviewer', 'publish'],
    ] as const) {
      expect(
        (await call(rt.app, tokens[who]!, `/api/cases/${past.id}/actions/${action}`, { json: {} })).status,
      ).toBe(200);
    }
    const current = await create({
      type: 'complaint',
      title: '幼儿园收费标准问题',
      receivedAt: new Date().toISOString(),
    });
    expect(await indexChangedCases(ingestCtx())).toBeGreaterThan(0);
    const res = await call(rt.app, tokens.edu!, `/api/cases/${current.id}/suggestions`);
    const hits = (await res.json()) as Json[];
    expect(hits[0]).toMatchObject({ id: past.id, replyText: '收费标准已在教育局网站公示。' });
  });
});
