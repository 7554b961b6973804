import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes, routePath } from 'hono/route';
import { Histogram } from 'prom-client';

/** Request latency by route pattern (never the raw path: ids would make a series per record). */
export const httpDuration = new Histogram({
  name: 'desk_http_request_duration_seconds',
  help: 'API request latency in this process, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/**
 * The route a request was for: the last matched handler of its method, so a 401 from the sign-in
 * middleware is still counted under `/api/cases/:id`; unknown paths keep the catch-all's pattern.
 */
function routeOf(c: Context): string {
  const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL' && !r.path.endsWith('*'));
  return handler?.path ?? routePath(c);
}

/** The first middleware: times everything after it, errors included (they are responses by then). */
export const measureRequests: MiddlewareHandler = async (c, next) => {
  const stop = httpDuration.startTimer();
  await next();
  stop({ method: c.req.method, route: routeOf(c), status: String(c.res.status) });
};
