import { pingRedis } from '@desk/queue';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { ApiContext, AppEnv } from '../../context';

type Check = 'ok' | 'down';
const TIMEOUT_MS = 2_000;

const withTimeout = (work: Promise<unknown>): Promise<Check> =>
  Promise.race([
    work.then(() => 'ok' as const).catch(() => 'down' as const),
    new Promise<Check>((resolve) => setTimeout(() => resolve('down'), TIMEOUT_MS).unref()),
  ]);

export async function runHealthChecks(ctx: ApiContext) {
  const [db, redis, meilisearch] = await Promise.all([
    withTimeout(ctx.db.execute(sql`select 1`)),
    pingRedis(ctx.redis, TIMEOUT_MS).then((ok): Check => (ok ? 'ok' : 'down')),
    withTimeout(ctx.search.client.health()),
  ]);
  const checks = { db, redis, meilisearch };
  const status = Object.values(checks).every((v) => v === 'ok') ? ('ok' as const) : ('degraded' as const);
  return { status, checks };
}

/** `GET /api/health`: 200 when the database, Redis and Meilisearch answer, else 503 naming the failing one. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const result = await runHealthChecks(c.var.ctx);
  return c.json(result, result.status === 'ok' ? 200 : 503);
});
