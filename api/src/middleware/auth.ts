import { AppError } from '@desk/core';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { sessionUser } from './session-cache';

export const SESSION_COOKIE = 'desk_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionToken(c: Context): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const header = c.req.header('Authorization');
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/** What a signed-in user sees is theirs alone: no browser, proxy or CDN may keep a copy. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

/**
 * Require a signed-in user (bearer token or session cookie). Cookie sessions are CSRF-checked:
 * an unsafe request must come from our own origin. Every answer (refusals too) is `no-store`.
 */
export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  const found = sessionToken(c);
  if (!found) throw new AppError('UNAUTHORIZED');
  const user = await sessionUser(c.var.ctx.db, found.token);
  if (!user) throw new AppError('UNAUTHORIZED', { zh: '登录已过期，请重新登录', en: 'Session expired' });
  if (found.via === 'cookie' && UNSAFE.has(c.req.method) && crossSite(c)) throw new AppError('CSRF');
  const { sessionId: _, expiresAt: __, ...actor } = user;
  c.set('actor', actor);
  c.set('authVia', found.via);
  await next();
  c.header('Cache-Control', 'no-store');
};

function crossSite(c: Context): boolean {
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') return true;
  const origin = c.req.header('Origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== (c.req.header('Host') ?? new URL(c.req.url).host);
  } catch {
    return true;
  }
}
