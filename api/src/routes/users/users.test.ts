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

  it("changes a role and department, ends the user's sessions and audits the change", async () => {
    const departments = (await (await call(rt.app, admin, '/api/departments?range=[0,99]')).json()) as {
      id: number;
      code: string;
    }[];
    const health = departments.find((d) => d.code === 'health')!;
    const created = (await (
      await call(rt.app, admin, '/api/users', {
        json: { username: 'mover', displayName: '调岗', password: 'long-password', role: 'duty' },
      })
    ).json()) as { id: number };
    const session = await loginAs(rt.app, 'mover', 'long-password');
    const update = { displayName: '调岗', role: 'handler', departmentId: health.id, active: true };
    const res = await call(rt.app, admin, `/api/users/${created.id}`, { method: 'PUT', json: update });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'handler', departmentId: health.id });
    expect((await call(rt.app, session, '/api/auth/me')).status).toBe(401);
    const audit = await rt.database.db.query.auditLog.findMany();
    expect(
      audit.some((a) => a.entity === 'users' && a.action === 'update' && a.entityId === String(created.id)),
    ).toBe(true);
  });

  it('refuses a handler without a department, an unknown user, and demoting oneself', async () => {
    const handlerWithout = { displayName: 'x', role: 'handler', departmentId: null, active: true };
    expect((await call(rt.app, admin, '/api/users/1', { method: 'PUT', json: handlerWithout })).status).toBe(
      400,
    );
    const fine = { displayName: 'x', role: 'duty', departmentId: null, active: true };
    expect((await call(rt.app, admin, '/api/users/99999', { method: 'PUT', json: fine })).status).toBe(404);
    const me = (await (await call(rt.app, admin, '/api/auth/me')).json()) as { id: number };
    expect((await call(rt.app, admin, `/api/users/${me.id}`, { method: 'PUT', json: fine })).status).toBe(
      409,
    );
  });

  it('deactivating an account stops its sign-in', async () => {
    await call(rt.app, admin, '/api/users', {
      json: { username: 'leaver', displayName: '离职', password: 'long-password', role: 'leader' },
    });
    const users = (await (await call(rt.app, admin, '/api/users?range=[0,199]')).json()) as {
      id: number;
      username: string;
    }[];
    const leaver = users.find((u) => u.username === 'leaver')!;
    const off = { displayName: '离职', role: 'leader', departmentId: null, active: false };
    expect((await call(rt.app, admin, `/api/users/${leaver.id}`, { method: 'PUT', json: off })).status).toBe(
      200,
    );
    await expect(loginAs(rt.app, 'leaver', 'long-password')).rejects.toThrow(/401/);
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

  it('lets the admin rename a department and refuses it to others', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const change = { name: '教育体育局', nameEn: 'Education and Sports Bureau', active: true };
    const list = (await (await call(rt.app, admin, '/api/departments?range=[0,99]')).json()) as {
      id: number;
      code: string;
    }[];
    const edu = list.find((d) => d.code === 'edu')!;
    const denied = await call(rt.app, await loginAs(rt.app, 'duty'), `/api/departments/${edu.id}`, {
      method: 'PUT',
      json: change,
    });
    expect(denied.status).toBe(403);
    const res = await call(rt.app, admin, `/api/departments/${edu.id}`, { method: 'PUT', json: change });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 'edu', name: '教育体育局' });
  });

  it('answers 404 for an unknown department and 400 for a bad id', async () => {
    const token = await loginAs(rt.app, 'duty');
    expect((await call(rt.app, token, '/api/departments/99999')).status).toBe(404);
    expect((await call(rt.app, token, '/api/departments/abc')).status).toBe(400);
  });
});
