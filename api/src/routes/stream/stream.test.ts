import type { DeskEvent } from '@desk/core';
import { listDepartments } from '@desk/core/store';
import { createRedis, publishDeskEvent } from '@desk/queue';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { readSseUntil } from './sse-client';

const alert = (id: number, title: string): DeskEvent => ({
  type: 'alert.new',
  id,
  kind: 'burst',
  level: 'red',
  title,
  eventId: null,
  departmentIds: [],
});

describe('GET /api/stream', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  async function openStream(app: TestRuntime['app'], token: string, lastEventId?: string) {
    const res = await app.request('/api/stream', {
      headers: { Authorization: `Bearer ${token}`, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/event-stream');
    return res;
  }

  it('delivers a new alert published by any process to the duty officer, with its stream id', async () => {
    const res = await openStream(rt.app, await loginAs(rt.app, 'duty'));
    await publishDeskEvent(rt.redis, rt.queue.prefix, alert(7, '测试预警'));
    const { matched } = await readSseUntil(res, (e) => e.event === 'alert.new', 5_000);
    expect(matched?.data).toMatchObject({ id: 7, title: '测试预警', level: 'red' });
    expect(matched?.id).toMatch(/^\d+-\d+$/);
  });

  it('sends a handler only the events of their own department', async () => {
    const departments = await listDepartments(rt.database.db);
    const edu = departments.find((d) => d.name === '教育局')!;
    const health = departments.find((d) => d.name === '卫健委')!;
    const res = await openStream(rt.app, await loginAs(rt.app, 'edu'));
    await publishDeskEvent(rt.redis, rt.queue.prefix, [
      alert(1, '全市预警'),
      { type: 'message.new', id: 2, departmentIds: [health.id] },
      { type: 'message.new', id: 3, departmentIds: [edu.id] },
    ]);
    const { matched, seen } = await readSseUntil(res, (e) => e.event === 'message.new', 5_000);
    expect(matched?.data).toMatchObject({ id: 3 });
    expect(seen.map((e) => e.event)).toEqual(['ready', 'message.new']);
  });

  it('replays what a client missed when it reconnects to another API process with Last-Event-ID', async () => {
    const duty = await loginAs(rt.app, 'duty');
    const first = await openStream(rt.app, duty);
    await publishDeskEvent(rt.redis, rt.queue.prefix, alert(101, '断线前'));
    const before = await readSseUntil(first, (e) => e.event === 'alert.new', 5_000);
    expect(before.matched?.data).toMatchObject({ id: 101 });
    // The connection broke (readSseUntil cancelled it); meanwhile two alerts were raised.
    await publishDeskEvent(rt.redis, rt.queue.prefix, [alert(102, '断线中一'), alert(103, '断线中二')]);
    // A second API process: its own Redis connection and its own stream reader.
    const redis = createRedis(rt.queue.redisUrl);
    const other = createApp({ ...rt.ctx, redis });
    try {
      const again = await openStream(other, duty, before.matched!.id);
      const reading = readSseUntil(again, (e) => (e.data as { id?: number }).id === 104, 5_000);
      await publishDeskEvent(rt.redis, rt.queue.prefix, alert(104, '重连后'));
      const { seen } = await reading;
      const ids = seen.filter((e) => e.event === 'alert.new').map((e) => (e.data as { id: number }).id);
      expect(ids).toEqual([102, 103, 104]);
    } finally {
      redis.disconnect();
    }
  });

  it('refuses an anonymous client', async () => {
    expect((await call(rt.app, null, '/api/stream')).status).toBe(401);
  });
});
