import { schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/shifts and /api/handovers', () => {
  let rt: TestRuntime;
  let duty: string;
  let dutyId: number;
  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
    dutyId = (await rt.database.db.select().from(schema.users).where(eq(schema.users.username, 'duty')))[0]!
      .id;
  });
  afterAll(() => rt?.close());

  it('puts an officer on the rota and names them as on duty now', async () => {
    const now = Date.now();
    const shift = {
      userId: dutyId,
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      email: 'duty@example.org',
    };
    expect((await call(rt.app, duty, '/api/shifts', { json: shift })).status).toBe(201);
    expect(await (await call(rt.app, duty, '/api/shifts/current')).json()).toMatchObject({
      userId: dutyId,
      email: 'duty@example.org',
    });
  });

  it('refuses a shift that ends before it starts (400) and rota changes by a leader (403)', async () => {
    const bad = { userId: dutyId, startsAt: '2026-01-02T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' };
    expect((await call(rt.app, duty, '/api/shifts', { json: bad })).status).toBe(400);
    const leader = await loginAs(rt.app, 'leader');
    expect(
      (await call(rt.app, leader, '/api/shifts', { json: { ...bad, endsAt: '2026-01-03T00:00:00Z' } }))
        .status,
    ).toBe(403);
  });

  it('logs a handover that the incoming officer acknowledges once', async () => {
    const res = await call(rt.app, duty, '/api/handovers', {
      json: { summary: '搅拌站事件持续关注', toUserId: dutyId },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect((await call(rt.app, duty, `/api/handovers/${id}/acknowledge`, { method: 'POST' })).status).toBe(
      200,
    );
    expect((await call(rt.app, duty, `/api/handovers/${id}/acknowledge`, { method: 'POST' })).status).toBe(
      409,
    );
  });
});
