import { randomBytes } from 'node:crypto';
import type { Redis } from '@desk/queue';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Run `fn` while holding a Redis lock: event grouping reads and writes the open events, and two batches
 * grouping at once (two workers, two processes) would open two events for one matter.
 */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  ttlMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const token = randomBytes(8).toString('hex');
  const deadline = Date.now() + ttlMs * 2;
  while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new Error(`lock ${key} busy`);
    await new Promise((r) => setTimeout(r, 25));
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token).catch(() => 0);
  }
}
