import { createHash } from 'node:crypto';
import { AppError } from '@desk/core';
import type { Context } from 'hono';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiContext } from '../context';
import { apiContextOf } from './client';

/**
 * Throttles as atomic counters in Redis (rate-limiter-flexible: one Lua INCR + TTL per attempt), shared
 * by every API replica. An attempt is counted BEFORE it is checked, so parallel guesses cannot all be
 * checked before the limit applies; a good attempt gives its point back.
 */
export interface Throttle {
  /** Part of the Redis key; one counter per (name, key). */
  name: string;
  /** Attempts allowed per window. */
  points: number;
  seconds: number;
}

const limiters = new WeakMap<ApiContext, Map<string, RateLimiterRedis>>();
function limiterOf(ctx: ApiContext, throttle: Throttle): RateLimiterRedis {
  const own = limiters.get(ctx) ?? new Map<string, RateLimiterRedis>();
  limiters.set(ctx, own);
  const id = `${throttle.name}:${throttle.points}:${throttle.seconds}`;
  let limiter = own.get(id);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: ctx.redis,
      keyPrefix: `${ctx.queue.prefix ?? 'desk'}:throttle:${throttle.name}`,
      points: throttle.points,
      duration: throttle.seconds,
    });
    own.set(id, limiter);
  }
  return limiter;
}

/** Keys hold no typed text (a username field sometimes holds a password). */
export const throttleKey = (value: string) =>
  createHash('sha256').update(value.trim().toLowerCase()).digest('base64url').slice(0, 22);

export interface Attempt {
  /** The attempt was good: give its points back; the throttles in `reset` forget earlier failures too. */
  succeeded(reset?: Throttle[]): Promise<void>;
}

/**
 * Count one attempt on each throttle; when any is over its limit answer 429 with `Retry-After`.
 * `failOpen`: when Redis is unreachable let the request through (else 503): intake needs Redis anyway.
 */
export async function takeAttempt(
  c: Context,
  checks: [Throttle, string][],
  options: { failOpen?: boolean; onRefused?: (first: boolean) => Promise<void> } = {},
): Promise<Attempt> {
  const used = checks.map(([throttle, key]) => ({
    throttle,
    key,
    limiter: limiterOf(apiContextOf(c), throttle),
  }));
  const results = await Promise.allSettled(used.map((u) => u.limiter.consume(u.key)));
  const refused = results.flatMap((r, i) =>
    r.status === 'rejected' && r.reason instanceof RateLimiterRes
      ? [{ res: r.reason, points: used[i]!.throttle.points }]
      : [],
  );
  const broken = results.some((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
  if (refused.length) {
    const wait = Math.max(...refused.map((r) => r.res.msBeforeNext));
    c.header('Retry-After', String(Math.max(1, Math.ceil(wait / 1000))));
    await options.onRefused?.(refused.some((r) => r.res.consumedPoints === r.points + 1));
    throw new AppError('RATE_LIMITED', {
      zh: `尝试次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试`,
      en: `Too many attempts; try again in ${Math.ceil(wait / 60_000)} min`,
    });
  }
  if (broken && !options.failOpen) {
    throw new AppError('UNAVAILABLE', {
      zh: '限流服务暂不可用，请稍后再试',
      en: 'The throttle store is unavailable',
    });
  }
  return {
    async succeeded(reset = []) {
      await Promise.all(
        used.map((u) => (reset.includes(u.throttle) ? u.limiter.delete(u.key) : u.limiter.reward(u.key, 1))),
      ).catch(() => undefined);
    },
  };
}
