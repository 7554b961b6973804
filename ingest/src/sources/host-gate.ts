import type { Redis } from '@desk/queue';

/** Reserve the next free slot for a host; returns how long to wait for it (ms). Atomic across workers. */
const RESERVE = `
local now = tonumber(ARGV[1])
local gap = tonumber(ARGV[2])
local next = tonumber(redis.call('get', KEYS[1]) or '0')
local slot = math.max(now, next)
redis.call('set', KEYS[1], slot + gap, 'PX', slot - now + gap * 2)
return slot - now`;

/**
 * Politeness: requests to one host are spaced at least `gapMs` apart, however many sources and workers
 * point at it (repeated fetching gets a desk blocked, see DOMAIN.md on MediaCloud).
 */
export async function waitForHostSlot(
  redis: Redis,
  prefix: string,
  host: string,
  gapMs: number,
): Promise<void> {
  if (gapMs <= 0) return;
  const waitMs = Number(await redis.eval(RESERVE, 1, `${prefix}:host:${host}`, Date.now(), gapMs));
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}
