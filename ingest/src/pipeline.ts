import {
  type CasesJob,
  type IngestJob,
  type PullJob,
  PullJobSchema,
  queueNames,
  type RawItem,
  type WebJob,
} from '@desk/core';
import { recordIngestFailure } from '@desk/core/store';
import { type BullQueue, createQueue, type Job } from '@desk/queue';
import { runIngestBatch } from './batch';
import type { IngestContext } from './context';
import { createDemoFeed } from './demo/feed';
import { type Indexer, startIndexer } from './indexer/indexer';
import { isPermanent } from './sources/errors';
import { userAgent } from './sources/fetch';
import { runWebJob } from './sources/web-job';
import type { WebDeps } from './sources/web-source';
import { type BandIndex, rebuildBandIndex, redisBandIndex } from './stages/band-index';
import { pullSource } from './stages/pull';
import { alertQuietSources, scheduleDuePulls } from './stages/schedule';
import { startTopicWorkers } from './stages/topic-workers';
import { defaultTuning, type IngestTuning } from './tuning';

export interface Pipeline {
  queues: {
    pull: BullQueue<PullJob | Record<string, never>>;
    ingest: BullQueue<IngestJob>;
    cases: BullQueue<CasesJob>;
    web: BullQueue<WebJob>;
  };
  indexer: Indexer;
  close(): Promise<void>;
}

/** Retries of a pull: a feed that is down now is pulled again at its next interval anyway. */
const PULL_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: 200,
};
const QUIET_CHECK_MS = 60_000;
/** Web reads at once per process (previews and pasted links; mostly waiting on remote sites). */
const WEB_CONCURRENCY = 2;
/** Outbox notifications between processes (a store in one, the indexer in another). */
export const outboxChannel = (prefix: string) => `${prefix}:outbox`;

/** Refill the Redis band index from the database once per Redis data set (a marker key remembers it). */
async function ensureBandIndex(ctx: IngestContext, bands: BandIndex, prefix: string, tuning: IngestTuning) {
  const marker = `${prefix}:lsh:built`;
  try {
    if (!(await ctx.redis.set(marker, new Date().toISOString(), 'NX'))) return;
    const n = await rebuildBandIndex(ctx.db, bands, tuning.nearDuplicateWindowDays);
    if (n) ctx.log.info({ messages: n }, 'near-duplicate band index rebuilt');
  } catch (error) {
    ctx.log.warn({ err: error }, 'near-duplicate band index rebuild failed');
  }
}

/** A permanent failure fails the job at once (no retries) with its reason recorded. */
async function failPermanently(job: Job, error: unknown, ctx: IngestContext, sourceId?: number) {
  if (!isPermanent(error)) return;
  await job.discard();
  await recordIngestFailure(ctx.db, {
    stage: job.queue.name,
    sourceId,
    reason: (error as Error).message,
    detail: { jobId: String(job.id) },
  }).catch(() => {});
}

/**
 * The topology, declared once: pull (schedule + fetch) → ingest (normalize → dedupe → enrich →
 * classify → store, see batch.ts) → index (outbox → Meilisearch → live event), and portal inquiries →
 * cases queue. Stages know nothing of queues or of each other.
 */
export function startPipeline(ctx: IngestContext): Pipeline {
  const tuning: IngestTuning = { ...defaultTuning, ...ctx.tuning };
  const prefix = ctx.queue.prefix ?? 'desk';
  const settings = {
    lockDuration: tuning.lockDurationMs,
    stalledInterval: tuning.lockDurationMs,
    maxStalledCount: 3,
  };
  const pull = createQueue<PullJob | Record<string, never>>(queueNames.pull, ctx.queue, { settings });
  const ingest = createQueue<IngestJob>(queueNames.ingest, ctx.queue, { settings });
  const cases = createQueue<CasesJob>(queueNames.cases, ctx.queue);
  const webReads = createQueue<WebJob>(queueNames.web, ctx.queue);
  // Topics engine (issue 4): schemes, events, bursts → alerts, after each stored batch.
  const topics = startTopicWorkers(ctx);
  const indexer = startIndexer({
    db: ctx.db,
    redis: ctx.redis,
    search: ctx.search,
    prefix,
    log: ctx.log,
    tuning,
  });
  const subscriber = ctx.redis.duplicate();
  subscriber.on('error', () => {}); // reconnects by itself; publishers' failures are handled there
  void subscriber
    .subscribe(outboxChannel(prefix))
    .catch((error) => ctx.log.warn({ err: error }, 'outbox subscribe failed'));
  subscriber.on('message', () => indexer.notify());
  const demoFeed = createDemoFeed();
  const web: WebDeps = {
    db: ctx.db,
    redis: ctx.redis,
    prefix,
    tuning,
    userAgent: userAgent(ctx.web?.contact),
    privateAddresses: ctx.web?.privateAddresses,
  };
  const bands = redisBandIndex(ctx.redis, prefix, tuning.nearDuplicateWindowDays);
  void ensureBandIndex(ctx, bands, prefix, tuning);

  async function enqueueItems(sourceId: number, fetchedAt: Date, items: RawItem[]) {
    const jobs = [];
    for (let i = 0; i < items.length; i += tuning.batchSize)
      jobs.push({
        data: { sourceId, fetchedAt: fetchedAt.toISOString(), items: items.slice(i, i + tuning.batchSize) },
      });
    await ingest.addBulk(jobs);
  }

  void pull.process('pull', tuning.pullConcurrency, async (job: Job<PullJob | Record<string, never>>) => {
    const parsed = PullJobSchema.safeParse(job.data);
    if (!parsed.success) return job.discard();
    const deps = { ...web, demoFeed, enqueue: enqueueItems };
    return pullSource(parsed.data.sourceId, deps).catch(async (error) => {
      if (isPermanent(error)) await job.discard();
      throw error;
    });
  });

  // Previews and pasted links: someone is waiting, so they have their own workers.
  void webReads.process(WEB_CONCURRENCY, (job: Job<WebJob>) => runWebJob(job.data, web));

  let lastQuietCheck = 0;
  void pull.process('tick', 1, async () => {
    const enqueuePull = (sourceId: number, dueAt: Date) =>
      pull
        .add(
          'pull',
          { sourceId, reason: 'schedule' },
          { ...PULL_JOB_OPTIONS, jobId: `pull:${sourceId}:${dueAt.getTime()}` },
        )
        .then(() => {});
    const pulls = await scheduleDuePulls(ctx.db, enqueuePull);
    // Quietness changes over hours: look at most once a minute, whatever the tick.
    if (Date.now() - lastQuietCheck < QUIET_CHECK_MS) return { pulls };
    lastQuietCheck = Date.now();
    return { pulls, quiet: await alertQuietSources(ctx.db) };
  });
  void pull.add(
    'tick',
    {},
    { repeat: { every: tuning.schedulerTickMs }, jobId: 'scheduler', removeOnComplete: true },
  );

  void ingest.process(tuning.ingestConcurrency, async (job: Job<IngestJob>) => {
    try {
      const summary = await runIngestBatch(job.data, { db: ctx.db, tuning, bands });
      if (summary.storedIds.length) {
        await topics.enqueue(summary.storedIds);
        indexer.notify();
        await ctx.redis.publish(outboxChannel(prefix), '1').catch(() => 0);
      }
      if (summary.inquiryIds.length)
        await cases.addBulk(
          summary.inquiryIds.map((messageId) => ({
            data: { kind: 'from-inquiry' as const, messageId },
            opts: { jobId: `from-inquiry:${messageId}` },
          })),
        );
      return { ...summary, storedIds: undefined };
    } catch (error) {
      await failPermanently(job, error, ctx, job.data?.sourceId);
      throw error;
    }
  });

  // A Redis outage makes every connection fail on every reconnect attempt: one line per queue per 10 s.
  const lastWarned = new Map<string, number>();
  for (const queue of [pull, ingest, cases, webReads])
    queue.on('error', (error) => {
      if (Date.now() - (lastWarned.get(queue.name) ?? 0) < 10_000) return;
      lastWarned.set(queue.name, Date.now());
      ctx.log.warn({ err: error, queue: queue.name }, 'queue error');
    });

  return {
    queues: { pull, ingest, cases, web: webReads },
    indexer,
    async close() {
      await Promise.allSettled([pull.close(), ingest.close()]);
      await indexer.stop();
      await topics.close();
      await cases.close().catch(() => {});
      await webReads.close().catch(() => {});
      subscriber.disconnect();
    },
  };
}

export { queueNames };
