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
import type { TestProject } from 'vitest/node';

export interface TestServices {
  redisUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** Admin URL of a throwaway PostgreSQL 15 cluster; each test file creates its own database in it. */
  postgresUrl: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    services: TestServices;
  }
}

/**
 * Start real Redis, Meilisearch and PostgreSQL on free ports with temporary data for the whole run,
 * and remove everything afterwards. PGlite needs no server: each test opens its own in memory.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'desk-test-'));
  chmodSync(root, 0o755); // the postgres service user must reach its cluster folder
  const children: Child[] = [];
  const teardown = async () => {
    await Promise.all(children.map((c) => c.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const track = <T extends { child: Child }>(started: T): T => {
      children.push(started.child);
      return started;
    };
    const [redis, meili, postgres] = await Promise.all([
      startRedis({ port: await freePort(), dir: join(root, 'redis'), persistent: false }).then(track),
      startMeilisearch({
        port: await freePort(),
        dir: join(root, 'meili'),
        masterKey: masterKeyIn(join(root, 'meili')),
        maxIndexingMemory: '512 MiB',
      }).then(track),
      postgresAvailable()
        ? startPostgres(join(root, 'pg'), await freePort()).then(track)
        : Promise.resolve(null),
    ]);
    if (!postgres && process.env.CI)
      throw new Error('PostgreSQL server binaries are missing (apt-get install postgresql)');
    project.provide('services', {
      redisUrl: redis.url,
      meiliUrl: meili.url,
      meiliKey: masterKeyIn(join(root, 'meili')),
      postgresUrl: postgres?.url ?? null,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
