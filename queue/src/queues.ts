import Queue from 'bull';

export interface QueueConfig {
  redisUrl: string;
  /** Key prefix in Redis, so tests and several desks can share one Redis. */
  prefix?: string;
}

/**
 * Default retry policy for every job: retry transient failures with exponential backoff; jobs that
 * throw a permanent error call `job.discard()` first so they fail at once (see ingest's stages).
 */
export const defaultJobOptions: Queue.JobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: 1_000,
  removeOnFail: 5_000,
};

/** `settings` tunes locks and stalled-job checks (workers); `limiter` caps a queue's job rate. */
export function createQueue<T = unknown>(
  name: string,
  config: QueueConfig,
  options: Pick<Queue.QueueOptions, 'settings' | 'limiter' | 'defaultJobOptions'> = {},
): Queue.Queue<T> {
  return new Queue<T>(name, config.redisUrl, {
    prefix: config.prefix ?? 'desk',
    ...options,
    defaultJobOptions: { ...defaultJobOptions, ...options.defaultJobOptions },
  });
}

export type { Job, Queue as BullQueue } from 'bull';
