import { type IngestHandle, startIngest } from '@desk/ingest';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './cases-fixtures';

/**
 * The whole desk's workers (pipeline, indexer, case intake) with the API: a portal inquiry becomes a case,
 * and the messages of a case are visible — in lists and in full-text search — exactly to the departments
 * of the case, also after it is reassigned.
 */
describe('messages of a case follow its departments', () => {
  let rt: TestRuntime;
  let ingest: IngestHandle;
  const t: Record<string, string> = {};
  const d: Record<string, number> = {};

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    ingest = await startIngest({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { repeatEveryMs: { tick: 60_000 }, indexPollMs: 100 },
    });
    for (const who of ['admin', 'duty', 'edu', 'health']) t[who] = await loginAs(rt.app, who);
    for (const dep of (await (
      await call(rt.app, t.admin!, '/api/departments?range=[0,99]')
    ).json()) as Json[])
      d[dep.code] = dep.id;
  });
  afterAll(async () => {
    await ingest?.close();
    await rt?.close();
  });

  const search = async (who: string, q: string) => {
    const res = await call(
      rt.app,
      t[who]!,
      `/api/messages?filter=${encodeURIComponent(JSON.stringify({ q }))}`,
    );
    return {
      ids: ((await res.json()) as Json[]).map((m) => m.id as number),
      total: Number(res.headers.get('Content-Range')?.split('/').pop()),
    };
  };

  it('shows the inquiry to the assigned department only, and moves it on reassignment', async () => {
    const key = (await (
      await call(rt.app, t.admin!, '/api/api-keys', { json: { name: '门户网站' } })
    ).json()) as Json;
    const intake = await rt.app.request('/api/intake/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': key.key },
      body: JSON.stringify({
        type: '求助',
        title: '校车接送路线变更',
        body: '校车接送路线变更后孩子上学不便，请求协调。',
        channel: 'web',
        contact: { name: '孙七', phone: '13512345678' },
      }),
    });
    expect(intake.status).toBe(202);
    const { messageId } = (await intake.json()) as Json;
    const [created] = await waitFor(async () => {
      const rows = (await (
        await call(rt.app, t.duty!, `/api/cases?filter=${encodeURIComponent(JSON.stringify({ messageId }))}`)
      ).json()) as Json[];
      return rows.length ? rows : undefined;
    }, 20_000);
    expect(created).toMatchObject({ type: 'help', contact: { name: '孙*' } });
    expect(created!.dueExplanation.summary.zh).toContain('10 个工作日');

    expect((await call(rt.app, t.edu!, `/api/messages/${messageId}`)).status).toBe(404);
    await call(rt.app, t.duty!, `/api/cases/${created!.id}/actions/assign`, {
      json: { departmentId: d.edu },
    });
    expect((await call(rt.app, t.edu!, `/api/messages/${messageId}`)).status).toBe(200);
    await waitFor(async () => (await search('edu', '校车')).ids.includes(messageId), 20_000);
    expect((await search('health', '校车')).ids).not.toContain(messageId);

    await call(rt.app, t.duty!, `/api/cases/${created!.id}/actions/reassign`, {
      json: { departmentId: d.health, reason: '改派卫健委' },
    });
    expect((await call(rt.app, t.edu!, `/api/messages/${messageId}`)).status).toBe(404);
    await waitFor(async () => (await search('health', '校车')).ids.includes(messageId), 20_000);
    const edu = await search('edu', '校车');
    expect(edu.ids).not.toContain(messageId);
    expect(edu.total).toBe(0);
  });
});
