import { AppError, LoginSchema } from '@desk/core';
import { maskText } from '@desk/core/pii';
import {
  createSession,
  findUserForLogin,
  hashPassword,
  recordSuccessfulLogin,
  verifyPassword,
} from '@desk/core/store';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../context';
import { audit } from '../../middleware/audit';
import { SESSION_COOKIE } from '../../middleware/auth';
import { clientIp, isHttps } from '../../middleware/client';
import { type Throttle, takeAttempt, throttleKey } from '../../middleware/throttle';

/** Verified against when the username is unknown, so both failures take the same time. */
const dummyHash = hashPassword('not-a-real-password');

/**
 * `POST /api/auth/login`. Each attempt is counted per username and per client address before the
 * password is checked (429 with Retry-After past the limit); an unknown user, a wrong password and a
 * disabled account get the same 401, so the answer never tells whether an account exists.
 */
export async function login(c: Context<AppEnv>) {
  const { username, password } = LoginSchema.parse(await c.req.json().catch(() => ({})));
  const { db, settings } = c.var.ctx;
  // A username field sometimes holds a phone number or a password: the audit log keeps it masked.
  const typedName = maskText(username);
  const seconds = settings.loginLockMinutes * 60;
  const perUser: Throttle = { name: 'login-user', points: settings.loginMaxFailures, seconds };
  const perAddress: Throttle = {
    name: 'login-address',
    points: settings.loginMaxFailuresPerAddress,
    seconds,
  };
  const attempt = await takeAttempt(
    c,
    [
      [perUser, throttleKey(username)],
      [perAddress, clientIp(c) ?? 'in-process'],
    ],
    {
      onRefused: async (first) => {
        if (first) await audit(c, { action: 'login.throttled', entity: 'users', actorName: typedName });
      },
    },
  );
  const user = await findUserForLogin(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || !user.active) {
    await audit(c, { action: 'login.failed', entity: 'users', entityId: user?.id, actorName: typedName });
    throw new AppError('INVALID_CREDENTIALS');
  }
  await attempt.succeeded([perUser]);
  await recordSuccessfulLogin(db, user.id);
  const token = await createSession(db, user.id, settings.sessionTtlMinutes);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: settings.secureCookies || isHttps(c),
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
