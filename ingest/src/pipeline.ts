import { isAppError } from '@desk/core';
import { recordIngestFailure } from '@desk/core/store';
import {
  createJobProducer,
  createQueueSet,
  type DeskJobs,
  defaultQueueSettings,
  type JobFailure,
  type JobHandlers,
  type JobProducer,
  jobRegistry,
  type QueueName,
  startWorkers,
  type Workers,
} from '@desk/queue';
import type { IngestContext } from './context';
import { createDemoFeed } from './demo/feed';
import { type Indexer, startIndexer } from './indexer/indexer';
import { jobHandlers } from './jobs';
import type { JobDeps } from './jobs/deps';
import { isPermanent } from './sources/errors';
import { userAgent } from './sources/fetch';
import { type BandIndex, rebuildBandIndex, redisBandIndex } from './stages/band-index';
import { defaultTuning, type IngestTuning } from './tuning';

export interface Pipeline {
  /** The typed producer over this process's queue connections. */
  jobs: JobProducer;
  workers: Workers;
  indexer: Indexer | null;
  close(): Promise<void>;
}

export interface PipelineOptions {
  /** Work only on these queues (tests); default all of the registry. */
  queues?: QueueName[];
  /** Run the search indexer (one per installation holds its lease). Default true. */
  indexer?: boolean;
}

/** Outbox notifications between processes (a store in one, the indexer in another). */
export const outboxChannel = (prefix: string) => `${prefix}:outbox`;

/** Refill the Redis band index from the database once per Redis data set (a marker key remembers it). */
async function ensureBandIndex(ctx: IngestContext, bands: BandIndex, tuning: IngestTuning) {
  const marker = `${ctx.queue.prefix}:lsh:built`;
  try {
    if (!(await ctx.redis.set(marker, new Date().toISOString(), 'NX'))) return;
    const n = await rebuildBandIndex(ctx.db, bands, tuning.nearDuplicateWindowDays);
    if (n) ctx.log.info({ messages: n }, 'near-duplicate band index rebuilt');
  } catch (error) {
    ctx.log.warn({ err: error }, 'near-duplicate band index rebuild failed');
  }
}

/** Errors no retry can fix: a bad feed, and refusals of the data itself (a date out of range, …). */
const cannotSucceed = (error: unknown) =>
  isPermanent(error) ||
  (isAppError(error) && error.status >= 400 && error.status < 500 && error.status !== 429);

/** A job that ended failed is listed with the ingest failures (`GET /api/sources/failures`). */
function recordJobFailure(ctx: IngestContext, failure: JobFailure) {
  const sourceId = (failure.payload as { sourceId?: unknown } | null)?.sourceId;
  return recordIngestFailure(ctx.db, {
    stage: failure.queue,
    sourceId: typeof sourceId === 'number' && Number.isSafeInteger(sourceId) ? sourceId : null,
    reason: failure.reason,
    detail: { job: failure.job, jobId: failure.jobId, attempts: failure.attemptsMade },
  });
}

function onlyQueues(handlers: Required<JobHandlers<DeskJobs>>, queues?: QueueName[]): JobHandlers<DeskJobs> {
  if (!queues) return handlers;
  return Object.fromEntries(
    Object.entries(handlers).filter(([name]) => queues.includes(jobRegistry[name as keyof DeskJobs].queue)),
  );
}

/**
 * The worker side of the desk, wired once: every job of the registry (pull → ingest → topics / cases /
 * notify, the scheduler tick, the SLA jobs) with its handler from jobs/, and the indexer that drains
 * the search outbox (outbox → Meilisearch → live event). Stages know nothing of queues or each other.
 */
export async function startPipeline(ctx: IngestContext, options: PipelineOptions = {}): Promise<Pipeline> {
  const tuning: IngestTuning = { ...defaultTuning, ...ctx.tuning };
  const prefix = ctx.queue.prefix;
  const queues = createQueueSet(ctx.queue, {
    ...defaultQueueSettings,
    lockDurationMs: tuning.lockDurationMs,
  });
  const jobs = createJobProducer(jobRegistry, queues);
  const indexer =
    options.indexer === false
      ? null
      : startIndexer({ db: ctx.db, redis: ctx.redis, search: ctx.search, prefix, log: ctx.log, tuning });
  const subscriber = ctx.redis.duplicate();
  subscriber.on('error', () => {}); // reconnects by itself; publishers' failures are handled there
  if (indexer) {
    void subscriber
      .subscribe(outboxChannel(prefix))
      .catch((error) => ctx.log.warn({ err: error }, 'outbox subscribe failed'));
    subscriber.on('message', () => indexer.notify());
  }
  const bands = redisBandIndex(ctx.redis, prefix, tuning.nearDuplicateWindowDays);
  void ensureBandIndex(ctx, bands, tuning);
  const deps: JobDeps = {
    ...ctx,
    prefix,
    tuning,
    jobs,
    alerts: { db: ctx.db, redis: ctx.redis, prefix, jobs, log: ctx.log },
    bands,
    demoFeed: createDemoFeed(),
    userAgent: userAgent(ctx.web?.contact),
    indexer: indexer ?? { notify() {}, stop: async () => {} },
    outboxWritten: () =>
      ctx.redis
        .publish(outboxChannel(prefix), '1')
        .then(() => {})
        .catch(() => {}),
  };
  const workers = await startWorkers({
    registry: jobRegistry,
    handlers: onlyQueues(jobHandlers(deps), options.queues),
    queues,
    log: ctx.log,
    isPermanent: cannotSucceed,
    onFailure: (failure) => recordJobFailure(ctx, failure),
    repeatEveryMs: tuning.repeatEveryMs,
  });
  return {
    jobs,
    workers,
    indexer,
    async close() {
      await workers.close();
      await indexer?.stop();
      await queues.close();
      subscriber.disconnect();
    },
  };
}
