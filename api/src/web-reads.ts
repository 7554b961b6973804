import { AppError, queueNames, type WebJob } from '@desk/core';
import type { ApiContext } from './context';
import { apiQueue, withQueueTimeout } from './queues';

/** How long a request waits for an ingest worker to read the page(s): a person is waiting. */
export const WEB_READ_TIMEOUT_MS = 45_000;

const unavailable = () =>
  new AppError('UNAVAILABLE', {
    zh: '网页读取超时，或采集进程未运行',
    en: 'Reading the page timed out, or no ingest worker is running',
  });

/**
 * Have a worker read the web (the API process never fetches pages) and wait for the answer: a
 * source preview or a pasted link. The job is dropped if no one picks it up in time.
 */
export async function awaitWebRead<T>(ctx: ApiContext, job: WebJob): Promise<T> {
  const queue = apiQueue<WebJob>(ctx, queueNames.web);
  const added = await withQueueTimeout(
    queue.add(job, { timeout: WEB_READ_TIMEOUT_MS, removeOnComplete: 100, removeOnFail: 100 }),
  );
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable()), WEB_READ_TIMEOUT_MS + 2_000);
  });
  try {
    return (await Promise.race([added.finished(), expired])) as T;
  } catch (error) {
    await added.remove().catch(() => {});
    if (error instanceof AppError) throw error;
    ctx.log.warn({ err: error }, 'web read failed');
    throw unavailable();
  } finally {
    clearTimeout(timer);
  }
}
