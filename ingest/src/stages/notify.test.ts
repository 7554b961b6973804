import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAlertChannel, createShift, deliveriesOf, raiseAlert, schema } from '@desk/core/store';
import { createTestRuntime, type TestRuntime, testActor } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAlert, inQuietHours } from './notify';

describe('alert delivery', () => {
  let rt: TestRuntime;
  let received: { path: string; body: unknown }[];
  let robotUrl: (path: string) => string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    rt = await createTestRuntime();
    received = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(req.url === '/broken' ? 500 : 200).end('{"errcode":0}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    robotUrl = (path) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => {
    await close?.();
    await rt?.close();
  });

  it('knows quiet hours in Beijing time, also across midnight', () => {
    expect(inQuietHours('22:00-07:00', new Date('2026-05-01T15:30:00Z'))).toBe(true); // 23:30 Beijing
    expect(inQuietHours('22:00-07:00', new Date('2026-05-01T02:00:00Z'))).toBe(false); // 10:00 Beijing
    expect(inQuietHours(null, new Date())).toBe(false);
  });

  it('posts to WeCom and DingTalk robots, records failures, skips quiet hours and the on-duty e-mail without SMTP', async () => {
    const db = rt.database.db;
    await createAlertChannel(db, testActor, {
      name: '企业微信',
      kind: 'wecom',
      target: robotUrl('/wecom'),
      minLevel: 'orange',
      quietHours: null,
      active: true,
    });
    await createAlertChannel(db, testActor, {
      name: '钉钉',
      kind: 'dingtalk',
      target: robotUrl('/broken'),
      minLevel: 'yellow',
      quietHours: null,
      active: true,
    });
    await createAlertChannel(db, testActor, {
      name: '夜间静默',
      kind: 'wecom',
      target: robotUrl('/night'),
      minLevel: 'blue',
      quietHours: '00:00-23:59',
      active: true,
    });
    await createAlertChannel(db, testActor, {
      name: '值班邮箱',
      kind: 'email',
      target: null,
      minLevel: 'blue',
      quietHours: null,
      active: true,
    });
    const [duty] = await db.select().from(schema.users).where(eq(schema.users.username, 'duty'));
    const now = new Date();
    await createShift(db, testActor, {
      userId: duty!.id,
      startsAt: new Date(now.getTime() - 60_000),
      endsAt: new Date(now.getTime() + 60_000),
      email: 'duty@example.org',
      note: null,
    });
    const alert = (await raiseAlert(db, {
      kind: 'burst',
      level: 'orange',
      title: '搅拌站噪音突增',
      detail: { reason: { zh: '近60分钟8条' } },
    }))!;

    const results = await deliverAlert({ db }, alert.id);
    expect(results.map((r) => r.status)).toEqual(['sent', 'failed', 'skipped', 'skipped']);
    expect(received.find((r) => r.path === '/wecom')?.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { content: expect.stringContaining('搅拌站噪音突增') },
    });
    expect(received.some((r) => r.path === '/night')).toBe(false);
    const deliveries = await deliveriesOf(db, alert.id);
    expect(deliveries.find((d) => d.status === 'failed')?.detail).toBe('HTTP 500');
    expect(deliveries.at(-1)).toMatchObject({ recipient: 'duty@example.org', detail: 'SMTP not configured' });
  });
});
