import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type ApiContext, createApp, defaultApiSettings } from '@desk/api';
import { type Database, openDatabase, seedDemo } from '@desk/core/store';
import { createRedis, type Redis } from '@desk/queue';
import { applySearchSettings, createSearchClient, type SearchConfig } from '@desk/search-config';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';

export interface TestRuntimeOptions {
  /** Run against the harness's PostgreSQL server (a fresh database) instead of in-memory PGlite. */
  engine?: 'pglite' | 'postgres';
  /** Seed the demo departments and accounts (password desk-demo). Default true. */
  seed?: boolean;
  /** Create the Meilisearch indexes with their settings. Default false (it takes a second). */
  searchSettings?: boolean;
  /** PGlite in this folder instead of in memory (a desk's `data/db`, for commands run beside the test). */
  dataDir?: string;
}

export interface TestRuntime {
  database: Database;
  /** postgres://… of this runtime's own database (engine 'postgres' only), for child processes. */
  databaseUrl?: string;
  redis: Redis;
  search: ApiContext['search'];
  queue: ApiContext['queue'];
  ctx: ApiContext;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

const quietLog = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** The harness's migrated PGlite database, read once per test process. */
let pgliteTemplate: Blob | undefined;
const migratedTemplate = () => {
  pgliteTemplate ??= new Blob([readFileSync(inject('services').pgliteTemplate)]);
  return pgliteTemplate;
};

/** A PostgreSQL database of its own for one test file, in the harness's server. */
export async function createPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * The real services the harness started, isolated for one test file: its own database, a Redis key
 * prefix and a Meilisearch index prefix; `close()` removes them.
 */
export async function createTestRuntime(options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const services = inject('services');
  const id = randomBytes(4).toString('hex');
  let dropDatabase = async () => {};
  let databaseUrl: string | undefined;
  let database: Database;
  if (options.engine === 'postgres') {
    if (!services.postgresUrl) throw new Error('PostgreSQL is not available to the test harness');
    const created = await createPostgresDatabase(services.postgresUrl);
    dropDatabase = created.drop;
    databaseUrl = created.url;
    database = await openDatabase({ url: created.url, poolSize: 4 });
  } else {
    database = await openDatabase(
      options.dataDir ? { dataDir: options.dataDir } : { template: migratedTemplate() },
    );
  }
  await database.migrate();
  if (options.seed !== false) await seedDemo(database.db);

  const searchConfig: SearchConfig = {
    url: services.meiliUrl,
    apiKey: services.meiliKey,
    indexPrefix: `t${id}_`,
  };
  const client = createSearchClient(searchConfig);
  if (options.searchSettings) await applySearchSettings(client, searchConfig);
  const redis = createRedis(services.redisUrl);
  // A hash-tagged prefix, as the desk uses (Redis Cluster keeps a tag's keys in one slot).
  const queue = { redisUrl: services.redisUrl, prefix: `{t${id}}` };
  const ctx: ApiContext = {
    db: database.db,
    redis,
    search: { client, config: searchConfig },
    queue,
    log: quietLog,
    settings: { ...defaultApiSettings },
  };
  return {
    database,
    databaseUrl,
    redis,
    search: ctx.search,
    queue,
    ctx,
    app: createApp(ctx),
    async close() {
      const { results } = await client.getIndexes({ limit: 1000 });
      await Promise.all(
        results.filter((i) => i.uid.startsWith(`t${id}_`)).map((i) => client.deleteIndex(i.uid)),
      );
      // In slices: a large run leaves more keys than one call can take as arguments.
      const keys = await redis.keys(`{t${id}}:*`);
      for (let i = 0; i < keys.length; i += 1_000) await redis.del(...keys.slice(i, i + 1_000));
      redis.disconnect();
      await database.close();
      await dropDatabase();
    },
  };
}
