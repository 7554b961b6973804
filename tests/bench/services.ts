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

export interface BenchServices {
  redisUrl: string;
  meili: { url: string; apiKey: string };
  postgresUrl: string | null;
  stop(): Promise<void>;
}

/** Throwaway Redis, Meilisearch (and PostgreSQL when asked) for one benchmark run. */
export async function startBenchServices(options: { postgres?: boolean } = {}): Promise<BenchServices> {
  const root = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  chmodSync(root, 0o755);
  const children: Child[] = [];
  const redis = await startRedis({ port: await freePort(), dir: join(root, 'redis'), persistent: false });
  children.push(redis.child);
  const apiKey = masterKeyIn(join(root, 'meili'));
  const meili = await startMeilisearch({
    port: await freePort(),
    dir: join(root, 'meili'),
    masterKey: apiKey,
  });
  children.push(meili.child);
  let postgresUrl: string | null = null;
  if (options.postgres && postgresAvailable()) {
    const pg = await startPostgres(join(root, 'pg'), await freePort());
    children.push(pg.child);
    postgresUrl = pg.url;
  }
  return {
    redisUrl: redis.url,
    meili: { url: meili.url, apiKey },
    postgresUrl,
    async stop() {
      await Promise.all(children.map((c) => c.stop()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Peak resident memory of this process so far, in MiB. */
export const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
