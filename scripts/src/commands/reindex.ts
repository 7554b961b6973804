import { markAllForReindex, outboxSize, resetCaseIndexWatermark, schema } from '@desk/core/store';
import { defaultTuning, forgetBandIndex, indexChangedCases, startIndexer } from '@desk/ingest';
import { ensureSearchSettings, type IndexName, indexEvents, indexUid } from '@desk/search-config';
import type { Command } from 'commander';
import type { Logger } from 'pino';
import { type Env, loadEnv, usesDataDir } from '../env';
import { createLogger } from '../logger';
import { progress } from '../progress';
import { openRuntime, type Runtime, startServices } from '../runtime';
import { claimDataDir } from '../services/pidfile';

const INDEXES: IndexName[] = ['messages', 'cases', 'events'];
const EVENT_CHUNK = 1_000;

async function dropIndexes(runtime: Runtime) {
  const { client, config } = runtime.search;
  for (const name of INDEXES) await client.deleteIndex(indexUid(config, name)).waitTask({ timeout: 120_000 });
  await ensureSearchSettings(client, config, runtime.database.db);
}

/** Drain the search outbox with the ingest indexer, showing progress, until it is empty. */
async function reindexMessages(runtime: Runtime, prefix: string, log: Logger) {
  const queued = await markAllForReindex(runtime.database.db);
  const indexer = startIndexer({ ...runtime, db: runtime.database.db, prefix, log, tuning: defaultTuning });
  const bar = progress('留言 messages', queued);
  try {
    for (let left = queued; left > 0; left = await outboxSize(runtime.database.db)) {
      bar.update(queued - left);
      indexer.notify();
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    bar.stop();
    await indexer.stop();
  }
  return queued;
}

async function reindexEvents(runtime: Runtime) {
  const rows = await runtime.database.db.select({ id: schema.events.id }).from(schema.events);
  for (let i = 0; i < rows.length; i += EVENT_CHUNK) {
    await indexEvents(
      runtime.database.db,
      runtime.search,
      rows.slice(i, i + EVENT_CHUNK).map((r) => r.id),
    );
  }
  return rows.length;
}

/**
 * Rebuild every Meilisearch index from the database (Redis and Meilisearch children started as
 * `npm start` would). After a restore the Redis band index is forgotten too: it described other rows.
 */
export async function reindexDesk(env: Env, options: { keep?: boolean; afterRestore?: boolean } = {}) {
  const log = createLogger('warn');
  const release = usesDataDir(env) ? claimDataDir(env.dataDir, 'desk reindex') : () => {};
  const services = await startServices(env, log);
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(env, services, log);
    if (options.afterRestore) await forgetBandIndex(runtime.redis, env.REDIS_PREFIX);
    if (!options.keep) await dropIndexes(runtime);
    const messages = await reindexMessages(runtime, env.REDIS_PREFIX, log);
    await resetCaseIndexWatermark(runtime.database.db);
    const cases = await indexChangedCases({ db: runtime.database.db, search: runtime.search });
    const events = await reindexEvents(runtime);
    return { messages, cases, events };
  } finally {
    await runtime?.close();
    await Promise.all(services.children.map((c) => c.stop()));
    release();
  }
}

export function registerReindexCommand(program: Command) {
  program
    .command('reindex')
    .description(
      '从数据库重建检索索引 / rebuild the Meilisearch indexes from the database (the system of record)',
    )
    .option('--keep', 'keep the indexes and re-send every document instead of deleting them first')
    .action(async (opts: { keep?: boolean }) => {
      const { messages, cases, events } = await reindexDesk(loadEnv(), opts);
      console.log(`已重建 rebuilt: ${messages} messages, ${cases} cases, ${events} events`);
    });
}
