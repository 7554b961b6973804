import { createSession, deleteSession, findUserForLogin } from '@desk/core/store';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { forgetSession, forgetUserSessions, SESSION_CACHE_MS, sessionUser } from './session-cache';

describe('session cache', () => {
  let rt: TestRuntime;
  let dutyId = 0;
  beforeAll(async () => {
    rt = await createTestRuntime();
    dutyId = (await findUserForLogin(rt.database.db, 'duty'))!.id;
  });
  afterAll(() => rt?.close());
  afterEach(() => vi.restoreAllMocks());

  const later = (ms: number) => {
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + ms);
  };

  it('trusts a session it read for at most SESSION_CACHE_MS (a logout on another replica)', async () => {
    const token = await createSession(rt.database.db, dutyId, 60);
    expect((await sessionUser(rt.database.db, token))?.username).toBe('duty');
    await deleteSession(rt.database.db, token);
    expect((await sessionUser(rt.database.db, token))?.username).toBe('duty');
    later(SESSION_CACHE_MS + 1);
    expect(await sessionUser(rt.database.db, token)).toBeUndefined();
  });

  it('forgets a session at logout and every session of a changed account at once', async () => {
    const one = await createSession(rt.database.db, dutyId, 60);
    const two = await createSession(rt.database.db, dutyId, 60);
    await sessionUser(rt.database.db, one);
    await sessionUser(rt.database.db, two);
    await deleteSession(rt.database.db, one);
    forgetSession(rt.database.db, one);
    expect(await sessionUser(rt.database.db, one)).toBeUndefined();
    await deleteSession(rt.database.db, two);
    forgetUserSessions(rt.database.db, dutyId);
    expect(await sessionUser(rt.database.db, two)).toBeUndefined();
  });

  it('never keeps a session past its own expiry, and never caches an unknown token', async () => {
    const token = await createSession(rt.database.db, dutyId, 0.005); // 300 ms
    expect(await sessionUser(rt.database.db, token)).toBeDefined();
    await new Promise((r) => setTimeout(r, 320));
    expect(await sessionUser(rt.database.db, token)).toBeUndefined();
    expect(await sessionUser(rt.database.db, 'ds_unknown')).toBeUndefined();
  });
});
