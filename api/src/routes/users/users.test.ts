import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/users', () => {
  let rt: TestRuntime;
  let admin: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
  });
  afterAll(() => rt?.close());

  it('lists users with role and department for the admin, with a Content-Range', async () => {
    const res = await call(rt.app, admin, '/api/users?range=[0,99]');
    expect(res.status).toBe(200);
    const users = (await res.json()) as { username: string; role: string; departmentId: number | null }[];
    expect(users.find((u) => u.username === 'edu')).toMatchObject({
      role: 'handler',
      departmentId: expect.any(Number),
    });
    expect(users[0]).not.toHaveProperty('passwordHash');
    expect(res.headers.get('Content-Range')).toMatch(
      new RegExp(`^users 0-${users.length - 1}/${users.length}$`),
    );
  });

  it('refuses the user list to a duty officer and a handler', async () => {
    for (const who of ['duty', 'edu']) {
      const res = await call(rt.app, await loginAs(rt.app, who), '/api/users');
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('username');
    }
  });

  it('creates a user, refuses a duplicate username with 409 and records both in the audit log', async () => {
    const user = { username: 'clerk1', displayName: '办事员', password: 'long-password', role: 'duty' };
    expect((await call(rt.app, admin, '/api/users', { json: user })).status).toBe(201);
    expect((await call(rt.app, admin, '/api/users', { json: user })).status).toBe(409);
    const token = await loginAs(rt.app, 'clerk1', 'long-password');
    expect(token).toBeTruthy();
  });

  it('answers 400 for a weak password or an unknown role', async () => {
    const res = await call(rt.app, admin, '/api/users', {
      json: { username: 'x1', displayName: 'x', password: 'short', role: 'king' },
    });
    expect(res.status).toBe(400);
  });
});

describe('/api/departments', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('lists the city departments to every signed-in role', async () => {
    for (const who of ['admin', 'duty', 'edu', 'reviewer', 'leader']) {
      const res = await call(rt.app, await loginAs(rt.app, who), '/api/departments?range=[0,99]');
      expect(res.status).toBe(200);
      const names = ((await res.json()) as { name: string }[]).map((d) => d.name);
      expect(names).toEqual(expect.arrayContaining(['教育局', '卫健委', '住建局', '应急管理局', '网信办']));
    }
  });

  it('answers 404 for an unknown department and 400 for a bad id', async () => {
    const token = await loginAs(rt.app, 'duty');
    expect((await call(rt.app, token, '/api/departments/99999')).status).toBe(404);
    expect((await call(rt.app, token, '/api/departments/abc')).status).toBe(400);
  });
});
