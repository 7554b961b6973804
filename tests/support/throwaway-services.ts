import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Child,
  freePort,
  masterKeyIn,
  postgresAvailable,
  startMeilisearch,
  startPostgres,
  startRedis,
} from '@desk/scripts/services';

export interface ThrowawayServices {
  redisUrl: string;
  meili: { url: string; apiKey: string };
  /** Admin URL of a throwaway PostgreSQL 15 cluster, or null when not asked for or not installed. */
  postgresUrl: string | null;
  /** The same server over its Unix socket (a client on this machine; see the README). */
  postgresSocketUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Real Redis and Meilisearch (and PostgreSQL when asked and installed) on free ports, with their data
 * in one temporary folder that `stop()` removes. For the test run and the benchmarks.
 */
export async function startThrowawayServices(options: {
  prefix: string;
  postgres?: boolean;
  maxIndexingMemory?: string;
}): Promise<ThrowawayServices> {
  const root = mkdtempSync(join(tmpdir(), options.prefix));
  chmodSync(root, 0o755); // the postgres service user must reach its cluster folder
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  const track = <T extends { child: Child }>(started: T): T => {
    children.push(started.child);
    return started;
  };
  try {
    const apiKey = masterKeyIn(join(root, 'meili'));
    const [redis, meili, postgres] = await Promise.all([
      startRedis({ port: await freePort(), dir: join(root, 'redis'), persistent: false }).then(track),
      startMeilisearch({
        port: await freePort(),
        dir: join(root, 'meili'),
        masterKey: apiKey,
        maxIndexingMemory: options.maxIndexingMemory,
      }).then(track),
      options.postgres && postgresAvailable()
        ? startPostgres(join(root, 'pg'), await freePort()).then(track)
        : Promise.resolve(null),
    ]);
    return {
      redisUrl: redis.url,
      meili: { url: meili.url, apiKey },
      postgresUrl: postgres?.url ?? null,
      postgresSocketUrl: postgres?.socketUrl ?? null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
