import { insertEvent } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/events', () => {
  let rt: TestRuntime;
  let duty: string;
  const ids: number[] = [];
  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
    const now = new Date();
    for (const [title, hotness] of [
      ['搅拌站噪音扰民', 120],
      ['学位不足', 80],
      ['公交停运', 150],
    ] as const) {
      const e = await insertEvent(rt.database.db, {
        title,
        hotness,
        keywords: [title],
        centroid: { [title]: 1 },
        firstSeenAt: now,
        lastSeenAt: now,
      });
      ids.push(e.id);
    }
  });
  afterAll(() => rt?.close());

  it('lists events hottest first without their internal term vectors', async () => {
    const res = await call(rt.app, duty, '/api/events');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { title: string; centroid?: unknown }[];
    expect(rows.map((r) => r.title)).toEqual(['公交停运', '搅拌站噪音扰民', '学位不足']);
    expect(rows[0]).not.toHaveProperty('centroid');
  });

  it('publishes the hotness formula in Chinese and English', async () => {
    const formula = (await (await call(rt.app, duty, '/api/events/formula')).json()) as {
      zh: string;
      en: string;
    };
    expect(formula.zh).toContain('热度');
    expect(formula.en).toContain('ln(1+messages)');
  });

  it('lets the duty officer set severity and status, and merge events', async () => {
    const res = await call(rt.app, duty, `/api/events/${ids[0]}`, {
      method: 'PUT',
      json: { severity: '较大', status: 'watching' },
    });
    expect(await res.json()).toMatchObject({ severity: '较大', status: 'watching' });
    const merged = await call(rt.app, duty, `/api/events/${ids[0]}/merge`, { json: { eventIds: [ids[1]] } });
    expect(merged.status).toBe(200);
    const rows = (await (await call(rt.app, duty, '/api/events')).json()) as { id: number }[];
    expect(rows.map((r) => r.id)).not.toContain(ids[1]);
  });

  it('refuses events to a handler (403), edits to a leader (403), a bad severity (400) and an unknown id (404)', async () => {
    expect((await call(rt.app, await loginAs(rt.app, 'edu'), '/api/events')).status).toBe(403);
    const leader = await loginAs(rt.app, 'leader');
    expect((await call(rt.app, leader, '/api/events')).status).toBe(200);
    expect(
      (await call(rt.app, leader, `/api/events/${ids[2]}`, { method: 'PUT', json: { status: 'closed' } }))
        .status,
    ).toBe(403);
    expect(
      (await call(rt.app, duty, `/api/events/${ids[2]}`, { method: 'PUT', json: { severity: '巨大' } }))
        .status,
    ).toBe(400);
    expect((await call(rt.app, duty, '/api/events/99999')).status).toBe(404);
  });
});
