import { AppError } from '@desk/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { messageFacets } from './facets';
import { leaderStats } from './leader-stats';

/** Longest period one request may cover: a year of days keeps the grouping cheap. */
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

const LeaderQuerySchema = z.object({
  from: z.coerce.date(),
  to: z.coerce.date(),
  region: z.string().trim().min(1).max(64).optional(),
});

/** `/api/dashboard`: aggregate figures for the desk's charts (no personal data, no single records). */
export const dashboardRoutes = new Hono<AppEnv>()
  .get('/facets', requireAccess('messages', 'list'), messageFacets)
  .get('/leader', requireAccess('dashboard', 'leader'), validate('query', LeaderQuerySchema), async (c) => {
    const q = c.req.valid('query');
    if (q.to <= q.from || q.to.getTime() - q.from.getTime() > MAX_DAYS * DAY_MS) {
      throw new AppError('BAD_REQUEST', {
        zh: '统计周期有误（最长 400 天）',
        en: 'Bad period (at most 400 days)',
      });
    }
    return c.json(await leaderStats(c.var.ctx.db, q));
  });
