import { join } from 'node:path';
import {
  type Database,
  openDatabase,
  refreshGazetteer,
  seedDemo,
  seedDemoRoutingRules,
} from '@desk/core/store';
import { createRedis, type QueueConfig, type Redis } from '@desk/queue';
import { createSearchClient, ensureSearchSettings, type SearchConfig } from '@desk/search-config';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import { seedDemoHistory } from './demo-history';
import type { Env } from './env';
import { progress } from './progress';
import type { Child } from './services/child';
import { masterKeyIn, startMeilisearch } from './services/meilisearch';
import { stopLeftover, writePid } from './services/pidfile';
import { freePort } from './services/ports';
import { ensureRedisServer, startRedis } from './services/redis';

export interface Services {
  redisUrl: string;
  search: SearchConfig;
  children: Child[];
}

/** Start Redis and Meilisearch as children unless REDIS_URL / MEILI_URL point at running servers. */
export async function startServices(env: Env, log: Logger): Promise<Services> {
  const children: Child[] = [];
  const runDir = join(env.dataDir, 'run');
  try {
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      const binary = ensureRedisServer((line) => log.warn(line));
      await stopLeftover(join(runDir, 'redis.pid'), 'redis-server');
      const redis = await startRedis({
        port: env.REDIS_PORT ?? (await freePort()),
        dir: join(env.dataDir, 'redis'),
        persistent: true,
        binary,
      });
      writePid(join(runDir, 'redis.pid'), redis.child.process.pid);
      children.push(redis.child);
      redisUrl = redis.url;
      log.info({ url: redisUrl }, 'redis-server started');
    }
    let search: SearchConfig;
    if (env.MEILI_URL) {
      search = { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY!, indexPrefix: env.MEILI_INDEX_PREFIX };
    } else {
      const dir = join(env.dataDir, 'meili');
      await stopLeftover(join(runDir, 'meilisearch.pid'), 'meilisearch');
      const masterKey = masterKeyIn(dir);
      const meili = await startMeilisearch({
        port: env.MEILI_PORT ?? (await freePort()),
        dir,
        masterKey,
        maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
      });
      writePid(join(runDir, 'meilisearch.pid'), meili.child.process.pid);
      children.push(meili.child);
      search = { url: meili.url, apiKey: masterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
      log.info({ url: meili.url }, 'meilisearch started');
    }
    return { redisUrl, search, children };
  } catch (error) {
    await Promise.all(children.map((c) => c.stop()));
    throw error;
  }
}

/** The demo's year of history on its first start (messages, events, cases …), with a progress line. */
async function seedHistoryOnce(database: Database, log: Logger) {
  const shown: { bar?: ReturnType<typeof progress> } = {};
  const history = await seedDemoHistory(database.db, {
    onProgress(done, total) {
      shown.bar ??= progress('演示数据：一年的历史 / demo history', total);
      shown.bar.update(done);
    },
  });
  shown.bar?.stop();
  if (history) log.info(history, `demo history seeded in ${history.seconds} s`);
}

export interface Runtime {
  database: Database;
  redis: Redis;
  search: { client: Meilisearch; config: SearchConfig };
  queue: QueueConfig;
  close(): Promise<void>;
}

/** Connect to the database (migrating it), Redis and Meilisearch; seed the demo on first start. */
export async function openRuntime(env: Env, services: Services, log: Logger): Promise<Runtime> {
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.embedded ? join(env.dataDir, 'db') : undefined,
    poolSize: env.DATABASE_POOL_SIZE,
  });
  await database.migrate();
  log.info({ kind: database.kind }, 'database migrated');
  if (env.demo && env.embedded && (await seedDemo(database.db))) {
    log.info('demo departments and accounts seeded');
    await seedDemoRoutingRules(database.db); // topics: category → department, editable at /api/routing-rules
  }

  // The gazetteer of `places` feeds the region tags and the jieba and Meilisearch dictionaries.
  await refreshGazetteer(database.db, { force: true });
  if (env.demoHistory && env.embedded) await seedHistoryOnce(database, log);
  const client = createSearchClient(services.search);
  if (await ensureSearchSettings(client, services.search, database.db)) log.info('search settings applied');
  const redis = createRedis(services.redisUrl);
  return {
    database,
    redis,
    search: { client, config: services.search },
    queue: { redisUrl: services.redisUrl, prefix: env.REDIS_PREFIX },
    async close() {
      redis.disconnect();
      await database.close();
    },
  };
}
