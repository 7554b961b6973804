import { createApp, defaultApiSettings } from '@desk/api';
import { openDatabase } from '@desk/core/store';
import { loadSegmenter } from '@desk/core/text';
import { createRedis } from '@desk/queue';
import { createSearchClient, type SearchConfig } from '@desk/search-config';
import { serve } from '@hono/node-server';
import pino from 'pino';

/**
 * The API under benchmark, in its own process (as in production) so the load generator does not share
 * its event loop. Configured by the parent through BENCH_* variables; prints "ready <port>".
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const database = await openDatabase({
  url: env('BENCH_DATABASE_URL'),
  poolSize: Number(process.env.BENCH_POOL ?? 10),
});
const search: SearchConfig = { url: env('BENCH_MEILI_URL'), apiKey: env('BENCH_MEILI_KEY') };
const app = createApp({
  db: database.db,
  redis: createRedis(env('BENCH_REDIS_URL')),
  search: { client: createSearchClient(search), config: search },
  queue: { redisUrl: env('BENCH_REDIS_URL'), prefix: 'bench' },
  log: pino({ level: 'warn' }),
  settings: { ...defaultApiSettings },
});
// As `npm start`: jieba's dictionaries are read before serving (search marks the query's words).
loadSegmenter();
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`ready ${info.port}`);
});
// A benchmark server has nothing to drain: leave at once (keep-alive sockets would hold close()).
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
