import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const login = (rt: TestRuntime, username: string, password: string, headers: Record<string, string> = {}) =>
  rt.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('POST /api/auth/login', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('returns a token, the user and an httpOnly session cookie', async () => {
    const res = await login(rt, 'duty', 'desk-demo');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: Record<string, unknown> };
    expect(body.token).toMatch(/^ds_/);
    expect(body.user).toMatchObject({ username: 'duty', role: 'duty', departmentId: null });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(res.headers.get('Set-Cookie')).toMatch(/desk_session=.*HttpOnly/i);
  });

  it('gives a handler their department id', async () => {
    const res = await login(rt, 'edu', 'desk-demo');
    const body = (await res.json()) as { user: { role: string; departmentId: number } };
    expect(body.user.role).toBe('handler');
    expect(body.user.departmentId).toBeGreaterThan(0);
  });

  it('refuses a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await login(rt, 'leader', 'nope');
    const unknown = await login(rt, 'nobody', 'nope');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toBe(
      ((await unknown.json()) as { message: string }).message,
    );
  });

  it('answers 400 with zod details for a malformed body', async () => {
    const res = await login(rt, '', '');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST', requestId: expect.any(String) });
  });

  it('refuses the sixth try after five failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login(rt, 'reviewer', 'bad')).status).toBe(401);
    const res = await login(rt, 'reviewer', 'desk-demo');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    const body = (await res.json()) as { code: string; details?: unknown };
    expect(body.code).toBe('RATE_LIMITED');
    expect(JSON.stringify(body)).not.toMatch(/lockedUntil/);
  });
});

describe('sessions', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('requires a token or cookie on protected routes', async () => {
    expect((await call(rt.app, null, '/api/departments')).status).toBe(401);
    expect((await call(rt.app, 'ds_forged', '/api/departments')).status).toBe(401);
  });

  it('accepts the session cookie and refuses a cross-site write made with it', async () => {
    const res = await login(rt, 'admin', 'desk-demo');
    const cookie = res.headers.get('Set-Cookie')!.split(';')[0]!;
    const me = await rt.app.request('/api/auth/me', { headers: { Cookie: cookie } });
    expect(me.status).toBe(200);
    const crossSite = await rt.app.request('http://desk.local/api/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example', Host: 'desk.local' },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await rt.app.request('http://desk.local/api/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'http://desk.local', Host: 'desk.local' },
    });
    expect(sameSite.status).toBe(200);
    expect((await rt.app.request('/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('ends a bearer session at logout', async () => {
    const token = await loginAs(rt.app, 'leader');
    expect((await call(rt.app, token, '/api/auth/me')).status).toBe(200);
    expect((await call(rt.app, token, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await call(rt.app, token, '/api/auth/me')).status).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await call(rt.app, null, '/api/health');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });
});
