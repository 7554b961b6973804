import { type Db, recentFingerprints } from '@desk/core/store';
import { decodeSignature, fingerprintBands } from '@desk/core/text';
import type { Redis } from '@desk/queue';

/**
 * Where near-duplicate candidates are found: LSH band key → the first original message with that band.
 * SQL cannot do this cheaply (an array overlap of ~4,000 keys per batch took seconds on the embedded
 * engine), so the index lives in Redis, shared by every worker, each key expiring with the window.
 * It is derived data: the database keeps the fingerprints and `rebuild` refills the index from them.
 */
export interface BandIndex {
  lookup(bands: number[]): Promise<Map<number, number>>;
  record(entries: { id: number; bands: number[] }[]): Promise<void>;
}

const MGET_CHUNK = 1_000;
/** SET each key to its id unless it has one (the first original keeps the band), with the window's TTL. */
const RECORD = `local ttl = ARGV[1]
for i, key in ipairs(KEYS) do redis.call('set', key, ARGV[i + 1], 'EX', ttl, 'NX') end
return #KEYS`;

export function redisBandIndex(redis: Redis, prefix: string, windowDays: number): BandIndex {
  const key = (band: number) => `${prefix}:lsh:${band}`;
  const ttl = Math.ceil(windowDays * 86_400);
  return {
    async lookup(bands) {
      const found = new Map<number, number>();
      for (let i = 0; i < bands.length; i += MGET_CHUNK) {
        const chunk = bands.slice(i, i + MGET_CHUNK);
        const ids = await redis.mget(chunk.map(key));
        ids.forEach((id, j) => {
          if (id) found.set(chunk[j]!, Number(id));
        });
      }
      return found;
    },
    async record(entries) {
      const keys: string[] = [];
      const ids: number[] = [];
      for (const { id, bands } of entries)
        for (const band of bands) {
          keys.push(key(band));
          ids.push(id);
        }
      // One script call per batch: ~7,500 separate SET commands cost the client more than Redis.
      if (keys.length) await redis.eval(RECORD, keys.length, ...keys, ttl, ...ids);
    },
  };
}

/** An index in this process only, for one-off runs without Redis (the file import); fill it with `rebuild`. */
export function memoryBandIndex(): BandIndex {
  const map = new Map<number, number>();
  return {
    async lookup(bands) {
      return new Map(bands.flatMap((b) => (map.has(b) ? [[b, map.get(b)!] as const] : [])));
    },
    async record(entries) {
      for (const { id, bands } of entries) for (const band of bands) if (!map.has(band)) map.set(band, id);
    },
  };
}

/** Refill an index from the fingerprints stored for the window (after a Redis loss, or for a one-off run). */
export async function rebuildBandIndex(db: Db, index: BandIndex, windowDays: number): Promise<number> {
  const since = new Date(Date.now() - windowDays * 86_400_000);
  let afterId = 0;
  let total = 0;
  for (;;) {
    const rows = await recentFingerprints(db, since, afterId);
    if (rows.length === 0) return total;
    await index.record(
      rows.flatMap((r) =>
        r.fingerprint ? [{ id: r.id, bands: fingerprintBands(decodeSignature(r.fingerprint)) }] : [],
      ),
    );
    total += rows.length;
    afterId = rows.at(-1)!.id;
  }
}

/** Forget the whole Redis index (after a database restore): the next worker start rebuilds it. */
export async function forgetBandIndex(redis: Redis, prefix: string): Promise<number> {
  let removed = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:lsh:*`, 'COUNT', 1_000);
    if (keys.length) removed += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return removed;
}
