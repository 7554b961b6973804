/**
 * A standalone ingest worker for the fault tests: the real pipeline in its own process, so a test can
 * `kill -9` it mid-batch. Configured by the DESK_TEST_WORKER environment variable (JSON).
 */
import { openDatabase } from '@desk/core/store';
import { startPipeline } from '@desk/ingest';
import { createRedis } from '@desk/queue';
import { createSearchClient, type SearchConfig } from '@desk/search-config';
import pino from 'pino';

interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  search: SearchConfig;
}

const config = JSON.parse(process.env.DESK_TEST_WORKER ?? '{}') as WorkerConfig;
const database = await openDatabase({ url: config.databaseUrl, poolSize: 4 });
await startPipeline({
  db: database.db,
  redis: createRedis(config.redisUrl),
  search: { client: createSearchClient(config.search), config: config.search },
  queue: { redisUrl: config.redisUrl, prefix: config.prefix },
  log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  demo: false,
  tuning: { lockDurationMs: 2_000, indexLockMs: 2_000, hostGapMs: 0, repeatEveryMs: { tick: 200 } },
});
console.log('worker ready');
