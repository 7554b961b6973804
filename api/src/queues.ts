import { AppError } from '@desk/core';
import { createDeskJobs, type JobProducer } from '@desk/queue';
import type { ApiContext } from './context';

/** The job producer of an API context (one set of queue connections per Redis connection), closed with it. */
const producers = new WeakMap<ApiContext['redis'], JobProducer>();

export function jobsOf(ctx: ApiContext): JobProducer {
  const existing = producers.get(ctx.redis);
  if (existing) return existing;
  const jobs = createDeskJobs(ctx.queue);
  producers.set(ctx.redis, jobs);
  ctx.redis.once('end', () => {
    producers.delete(ctx.redis);
    void jobs.close();
  });
  return jobs;
}

/** How long a request waits for Redis before answering 503 (Bull would otherwise queue the command). */
const QUEUE_TIMEOUT_MS = 5_000;

export const withQueueTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new AppError('UNAVAILABLE')), QUEUE_TIMEOUT_MS).unref(),
    ),
  ]);
