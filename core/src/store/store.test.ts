import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './demo-seed';
import { verifyPassword } from './passwords';
import { appendAudit } from './repos/audit-log/append';
import { createSession, deleteSession, findSessionUser } from './repos/sessions';
import { findUserForLogin, listUsers } from './repos/users';
import { auditLog } from './schema';

describe.each(['pglite', 'postgres'] as const)('store on %s', (engine) => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ engine });
  });
  afterAll(() => rt?.close());

  it('runs its migrations on a real engine', () => {
    expect(rt.database.kind).toBe(engine);
  });

  it('seeds the demo once: a second seed changes nothing', async () => {
    const before = await listUsers(rt.database.db);
    expect(await seedDemo(rt.database.db)).toBe(false);
    expect(await listUsers(rt.database.db)).toEqual(before);
    expect(before.map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'duty', 'reviewer', 'leader', 'edu']),
    );
  });

  it('stores argon2 hashes that verify the demo password and refuse others', async () => {
    const duty = await findUserForLogin(rt.database.db, 'duty');
    expect(duty?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(duty!.passwordHash, 'desk-demo')).toBe(true);
    expect(await verifyPassword(duty!.passwordHash, 'wrong')).toBe(false);
  });

  it('finds a session user by token until the session is deleted', async () => {
    const duty = await findUserForLogin(rt.database.db, 'duty');
    const token = await createSession(rt.database.db, duty!.id, 60);
    expect((await findSessionUser(rt.database.db, token))?.username).toBe('duty');
    await deleteSession(rt.database.db, token);
    expect(await findSessionUser(rt.database.db, token)).toBeUndefined();
  });

  it('refuses to update or delete audit entries', async () => {
    await appendAudit(rt.database.db, { action: 'test', entity: 'audit-log', after: { n: 1 } });
    const [row] = await rt.database.db.select().from(auditLog).where(eq(auditLog.action, 'test'));
    await expect(
      rt.database.db.update(auditLog).set({ action: 'rewritten' }).where(eq(auditLog.id, row!.id)),
    ).rejects.toThrow();
    await expect(rt.database.db.delete(auditLog).where(eq(auditLog.id, row!.id))).rejects.toThrow();
    const [count] = await rt.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(count!.n).toBeGreaterThan(0);
  });
});
