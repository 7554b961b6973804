import { deleteSession } from '@desk/core/store';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { AppEnv } from '../../context';
import { noStore, requireAuth, SESSION_COOKIE, sessionToken } from '../../middleware/auth';
import { forgetSession } from '../../middleware/session-cache';
import { login } from './login';

export const authRoutes = new Hono<AppEnv>()
  .use('*', noStore)
  .post('/login', login)
  .post('/logout', requireAuth, async (c) => {
    const found = sessionToken(c);
    if (found) {
      await deleteSession(c.var.ctx.db, found.token);
      forgetSession(c.var.ctx.db, found.token);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/me', requireAuth, (c) => c.json(c.var.actor));
