import { AppError, LoginSchema } from '@desk/core';
import {
  createSession,
  findUserForLogin,
  hashPassword,
  recordFailedLogin,
  recordSuccessfulLogin,
  verifyPassword,
} from '@desk/core/store';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../context';
import { audit } from '../../middleware/audit';
import { SESSION_COOKIE } from '../../middleware/auth';

/** Verified against when the username is unknown, so both failures take the same time. */
const dummyHash = hashPassword('not-a-real-password');

export async function login(c: Context<AppEnv>) {
  const { username, password } = LoginSchema.parse(await c.req.json().catch(() => ({})));
  const { db, settings } = c.var.ctx;
  const user = await findUserForLogin(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);

  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    await audit(c, { action: 'login.locked', entity: 'users', entityId: user.id, actorName: username });
    throw new AppError('LOCKED', undefined, { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!user || !ok || !user.active) {
    if (user) await recordFailedLogin(db, user.id, settings.loginMaxFailures, settings.loginLockMinutes);
    await audit(c, { action: 'login.failed', entity: 'users', entityId: user?.id, actorName: username });
    throw new AppError('INVALID_CREDENTIALS');
  }

  await recordSuccessfulLogin(db, user.id);
  const token = await createSession(db, user.id, settings.sessionTtlMinutes);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: settings.secureCookies,
    path: '/',
    maxAge: settings.sessionTtlMinutes * 60,
  });
  const publicUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
  };
  c.set('actor', publicUser);
  await audit(c, { action: 'login', entity: 'users', entityId: user.id, departmentId: user.departmentId });
  return c.json({ token, user: publicUser });
}
