import { defaultQueueSettings, type JobName } from '@desk/queue';

/** Tunable numbers of the ingest workers; tests and the benchmark shorten the waits. */
export interface IngestTuning {
  /** Items per ingest job: multi-row inserts amortise round trips, small jobs retry quickly. */
  batchSize: number;
  /** Ingest jobs processed at once per process (CPU-bound stages interleave with database waits). */
  ingestConcurrency: number;
  /** Feed pulls at once per process (mostly waiting on remote sites). */
  pullConcurrency: number;
  /** Other intervals for repeatable jobs than the registry's (e.g. `tick`, how often due sources are looked for). */
  repeatEveryMs: Partial<Record<JobName, number>>;
  /** Least time between two requests to the same host, across all workers. */
  hostGapMs: number;
  /** Feed request timeout. */
  fetchTimeoutMs: number;
  /** Largest feed body accepted. */
  maxFeedBytes: number;
  /** Largest web page (list, detail, sitemap) accepted. */
  maxPageBytes: number;
  /**
   * Longest one pull of an html or sitemap source reads pages (the rest waits for the next pull);
   * well inside the pull job's time limit in the registry.
   */
  webPullBudgetMs: number;
  /** Bull's job lock; a worker that dies loses its jobs to others after this long. */
  lockDurationMs: number;
  /** Outbox rows per Meilisearch write. */
  indexBatchSize: number;
  /**
   * How long a part-filled batch may wait for more rows while another write is in flight: fewer,
   * larger writes cost Meilisearch less, and a re-index right after a store (events) joins the first.
   */
  indexLingerMs: number;
  /** Meilisearch writes awaited at once (Meilisearch batches consecutive writes itself). */
  indexInFlight: number;
  /** Idle poll of the outbox, for rows written by other processes. */
  indexPollMs: number;
  /** Lock that keeps one indexer per installation; another process takes over when it expires. */
  indexLockMs: number;
  /** Near duplicates are looked for among messages received within this window. */
  nearDuplicateWindowDays: number;
}

export const defaultTuning: IngestTuning = {
  batchSize: 500,
  ingestConcurrency: 3,
  pullConcurrency: 4,
  repeatEveryMs: {},
  hostGapMs: 1_000,
  fetchTimeoutMs: 20_000,
  maxFeedBytes: 5 * 1024 * 1024,
  maxPageBytes: 3 * 1024 * 1024,
  webPullBudgetMs: 3 * 60_000,
  lockDurationMs: defaultQueueSettings.lockDurationMs,
  indexBatchSize: 2_000,
  indexLingerMs: 300,
  indexInFlight: 3,
  indexPollMs: 1_000,
  indexLockMs: 15_000,
  nearDuplicateWindowDays: 7,
};
