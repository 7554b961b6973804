import Redis from 'ioredis';

/** A plain Redis connection for health checks and pub/sub (Bull keeps its own connections). */
export function createRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  // Failed commands reject to their callers; without a listener each reconnect attempt during an
  // outage would also print an "Unhandled error event".
  redis.on('error', () => {});
  return redis;
}

export async function pingRedis(redis: Redis, timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const ping = redis
    .ping()
    .then((r) => r === 'PONG')
    .catch(() => false);
  return Promise.race([ping, timeout]);
}

export type { Redis };
