import { schema } from '@desk/core/store';
import { createTestRuntime, type Json, type TestRuntime } from '@desk/tests/support';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A request as @hono/node-server hands it over: the Node socket in `incoming`. */
const fromSocket = (remoteAddress: string, encrypted = false) => ({
  incoming: { socket: { remoteAddress, encrypted } },
});

describe('sign-in throttling', () => {
  let rt: TestRuntime;
  const login = (
    username: string,
    password: string,
    address = '198.51.100.7',
    headers: Record<string, string> = {},
  ) =>
    rt.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      },
      fromSocket(address),
    );

  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('checks at most five of 20 parallel wrong guesses and refuses the rest with 429', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => login('leader', 'wrong-guess')));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect((await login('leader', 'desk-demo')).status).toBe(429);
  });

  it('answers an unknown username exactly as an existing one, locked or not', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push((await login('handover-check', 'x', '198.51.100.8')).status);
      unknown.push((await login('duty', 'wrong', '198.51.100.9')).status);
    }
    expect(unknown).toEqual(known);
    expect(known).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const bodies = [
      await (await login('handover-check', 'x', '198.51.100.8')).json(),
      await (await login('duty', 'x', '198.51.100.9')).json(),
    ] as Json[];
    expect(bodies.map((b) => [b.code, b.message, b.details])).toEqual([
      ['RATE_LIMITED', bodies[0]!.message, undefined],
      ['RATE_LIMITED', bodies[0]!.message, undefined],
    ]);
  });

  it('forgets earlier failures of a username once its owner signs in', async () => {
    for (let i = 0; i < 4; i++) expect((await login('edu', 'wrong', '198.51.100.10')).status).toBe(401);
    expect((await login('edu', 'desk-demo', '198.51.100.10')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('edu', 'wrong', '198.51.100.10')).status).toBe(401);
    expect((await login('edu', 'desk-demo', '198.51.100.10')).status).toBe(200);
  });

  it('throttles one client address that tries many usernames', async () => {
    rt.ctx.settings.loginMaxFailuresPerAddress = 8;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await login(`spray-${i}`, 'Winter2024!', '203.0.113.50')).status);
      expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(8)).toEqual([429, 429]);
      expect((await login('spray-x', 'Winter2024!', '203.0.113.51')).status).toBe(401);
    } finally {
      rt.ctx.settings.loginMaxFailuresPerAddress = 30;
    }
  });

  it('records the first refusal in the audit log with the typed username masked', async () => {
    for (let i = 0; i < 6; i++) await login('13655544442', 'wrong', '198.51.100.11');
    const rows = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'login.throttled'))
      .orderBy(desc(schema.auditLog.id));
    const mine = rows.filter((r) => r.ip === '198.51.100.11');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.actorName).toBe('136****4442');
  });
});
