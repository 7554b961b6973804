import { AppError, LoginSchema } from '@desk/core';
import { findUserForLogin, hashPassword, refuseSignIn, signIn, verifyPassword } from '@desk/core/store';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../context';
import { auditActor } from '../../middleware/audit';
import { SESSION_COOKIE } from '../../middleware/auth';

/** Verified against when the username is unknown, so both failures take the same time. */
const dummyHash = hashPassword('not-a-real-password');

export async function login(c: Context<AppEnv>) {
  const { username, password } = LoginSchema.parse(await c.req.json().catch(() => ({})));
  const { db, settings } = c.var.ctx;
  const user = await findUserForLogin(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);

  const limits = { maxFailures: settings.loginMaxFailures, lockMinutes: settings.loginLockMinutes };
  const refusal = { username, userId: user?.id ?? null, limits };
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    await refuseSignIn(db, auditActor(c), { ...refusal, locked: true });
    throw new AppError('LOCKED', undefined, { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!user || !ok || !user.active) {
    await refuseSignIn(db, auditActor(c), { ...refusal, locked: false });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await signIn(db, auditActor(c), user, settings.sessionTtlMinutes);
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
  return c.json({ token, user: publicUser });
}
