import { AppError, type WebJob } from '@desk/core';
import type { ApiContext } from './context';
import { jobsOf, withQueueTimeout } from './queues';

/** How long a request waits for an ingest worker to read the page(s): a person is waiting. */
export const WEB_READ_TIMEOUT_MS = 45_000;

const unavailable = () =>
  new AppError('UNAVAILABLE', {
    zh: '网页读取超时，或采集进程未运行',
    en: 'Reading the page timed out, or no ingest worker is running',
  });

/** The result of a queued job, or `fallback()` after `ms` (the job stays queued or is dropped by the caller). */
export async function awaitJob<T>(
  ctx: ApiContext,
  queue: 'web' | 'ingest',
  jobId: string,
  ms: number,
  fallback: () => T | Promise<T>,
): Promise<T> {
  const job = await withQueueTimeout(jobsOf(ctx).queue(queue).getJob(jobId));
  if (!job) return fallback();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms);
  });
  try {
    const result = await Promise.race([job.finished() as Promise<T>, expired]);
    return result === 'expired' ? fallback() : result;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Have a worker read the web (the API process never fetches pages) and wait for the answer: a
 * source preview or a pasted link. A job no worker picked up in time is dropped.
 */
export async function awaitWebRead<T>(ctx: ApiContext, payload: WebJob): Promise<T> {
  const id = await withQueueTimeout(jobsOf(ctx).add('web', payload));
  try {
    return await awaitJob<T>(ctx, 'web', id, WEB_READ_TIMEOUT_MS, () => {
      throw unavailable();
    });
  } catch (error) {
    await jobsOf(ctx)
      .queue('web')
      .getJob(id)
      .then((job) => job?.remove())
      .catch(() => {});
    if (error instanceof AppError) throw error;
    ctx.log.warn({ err: error }, 'web read failed');
    throw unavailable();
  }
}
