import { listDepartments } from '@desk/core/store';
import { hubReady, publishDeskEvent } from '@desk/queue';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSseUntil } from './sse-client';

describe('GET /api/stream', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  /** Open the stream, wait until this process is subscribed, then publish. */
  async function openStream(token: string) {
    const res = await call(rt.app, token, '/api/stream');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/event-stream');
    await hubReady(rt.redis, rt.queue.prefix);
    return res;
  }

  it('delivers a new alert published by any process to the duty officer', async () => {
    const res = await openStream(await loginAs(rt.app, 'duty'));
    const alert = {
      type: 'alert.new' as const,
      id: 7,
      kind: 'burst',
      level: 'red',
      title: '测试预警',
      eventId: null,
      departmentIds: [],
    };
    await publishDeskEvent(rt.redis, rt.queue.prefix, alert);
    const { matched } = await readSseUntil(res, (e) => e.event === 'alert.new', 5_000);
    expect(matched?.data).toMatchObject({ id: 7, title: '测试预警', level: 'red' });
  });

  it('sends a handler only the events of their own department', async () => {
    const departments = await listDepartments(rt.database.db);
    const edu = departments.find((d) => d.name === '教育局')!;
    const health = departments.find((d) => d.name === '卫健委')!;
    const res = await openStream(await loginAs(rt.app, 'edu'));
    await publishDeskEvent(rt.redis, rt.queue.prefix, [
      {
        type: 'alert.new',
        id: 1,
        kind: 'burst',
        level: 'red',
        title: '全市预警',
        eventId: null,
        departmentIds: [],
      },
      { type: 'message.new', id: 2, departmentIds: [health.id] },
      { type: 'message.new', id: 3, departmentIds: [edu.id] },
    ]);
    const { matched, seen } = await readSseUntil(res, (e) => e.event === 'message.new', 5_000);
    expect(matched?.data).toMatchObject({ id: 3 });
    expect(seen.map((e) => e.event)).toEqual(['ready', 'message.new']);
  });

  it('refuses an anonymous client', async () => {
    expect((await call(rt.app, null, '/api/stream')).status).toBe(401);
  });
});
