import { schema } from '@desk/core/store';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { desc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/** A request as @hono/node-server hands it over: the Node socket in `incoming`. */
const fromSocket = (remoteAddress: string, encrypted = false) => ({
  incoming: { socket: { remoteAddress, encrypted } },
});

describe('client address, HTTPS and caching behind proxies', () => {
  let rt: TestRuntime;
  const login = (
    username: string,
    socket: ReturnType<typeof fromSocket>,
    headers: Record<string, string> = {},
  ) =>
    rt.app.request(
      'http://desk.local/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ username, password: 'desk-demo' }),
      },
      socket,
    );
  const lastLoginIp = async () => {
    const [row] = await rt.database.db
      .select({ ip: schema.auditLog.ip })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'login'))
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    return row?.ip;
  };

  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());
  afterEach(() => {
    rt.ctx.settings.trustProxy = [];
  });

  it('stores the socket address in the audit log, not an X-Forwarded-For sent by the client', async () => {
    const res = await login('duty', fromSocket('198.51.100.20'), { 'X-Forwarded-For': '10.9.9.9' });
    expect(res.status).toBe(200);
    expect(await lastLoginIp()).toBe('198.51.100.20');
  });

  it('believes X-Forwarded-For only as far as the hops are trusted proxies', async () => {
    rt.ctx.settings.trustProxy = ['10.0.0.0/8'];
    await login('duty', fromSocket('10.1.2.3'), { 'X-Forwarded-For': '203.0.113.9' });
    expect(await lastLoginIp()).toBe('203.0.113.9');
    await login('duty', fromSocket('10.1.2.3'), { 'X-Forwarded-For': '6.6.6.6, 203.0.113.10, 10.4.4.4' });
    expect(await lastLoginIp()).toBe('203.0.113.10');
    await login('duty', fromSocket('198.51.100.21'), { 'X-Forwarded-For': '203.0.113.11' });
    expect(await lastLoginIp()).toBe('198.51.100.21');
  });

  it('marks the session cookie Secure over HTTPS, directly or through a trusted proxy only', async () => {
    const cookie = (res: Response) => res.headers.get('Set-Cookie') ?? '';
    expect(cookie(await login('duty', fromSocket('198.51.100.22')))).not.toMatch(/Secure/i);
    expect(cookie(await login('duty', fromSocket('198.51.100.22', true)))).toMatch(/Secure/i);
    const forged = await login('duty', fromSocket('198.51.100.22'), { 'X-Forwarded-Proto': 'https' });
    expect(cookie(forged)).not.toMatch(/Secure/i);
    rt.ctx.settings.trustProxy = ['loopback'];
    const proxied = await login('duty', fromSocket('127.0.0.1'), { 'X-Forwarded-Proto': 'https' });
    expect(cookie(proxied)).toMatch(/Secure/i);
  });

  it('sends Cache-Control: no-store on every authenticated answer, refusals included', async () => {
    const token = await loginAs(rt.app, 'admin');
    for (const path of [
      '/api/auth/me',
      '/api/cases',
      '/api/messages',
      '/api/audit-log',
      '/api/cases/999999',
    ]) {
      const res = await call(rt.app, token, path);
      expect(res.headers.get('Cache-Control'), path).toBe('no-store');
    }
    expect((await call(rt.app, null, '/api/cases')).headers.get('Cache-Control')).toBe('no-store');
    expect((await login('duty', fromSocket('198.51.100.23'))).headers.get('Cache-Control')).toBe('no-store');
  });

  it('builds public feed links from PUBLIC_URL, never from the Host header', async () => {
    rt.ctx.settings.publicUrl = 'https://desk.example.gov.cn';
    const headers = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' };
    const json = (await (
      await rt.app.request('http://evil.example/api/public/responses.json', { headers })
    ).json()) as Json;
    expect(json.feed_url).toBe('https://desk.example.gov.cn/api/public/responses.json');
    const rss = await (
      await rt.app.request('http://evil.example/api/public/responses.rss', { headers })
    ).text();
    expect(rss).toContain('<link>https://desk.example.gov.cn/api/public/responses.rss</link>');
    expect(rss).not.toContain('evil.example');
  });
});
