import { randomBytes } from 'node:crypto';
import type { Redis } from '@desk/queue';

/** Take or extend the lock if free or ours; 1 when held. */
const ACQUIRE = `
local v = redis.call('get', KEYS[1])
if v == false then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/**
 * A lease in Redis that one process at a time holds and keeps renewing; when its holder dies, the lease
 * runs out and another process takes over. Used to keep a single indexer per installation.
 */
export function createLease(redis: Redis, key: string, ttlMs: number) {
  const token = randomBytes(12).toString('hex');
  return {
    async hold(): Promise<boolean> {
      try {
        return (await redis.eval(ACQUIRE, 1, key, token, ttlMs)) === 1;
      } catch {
        return false;
      }
    },
    async release(): Promise<void> {
      await redis.eval(RELEASE, 1, key, token).catch(() => {});
    },
  };
}
