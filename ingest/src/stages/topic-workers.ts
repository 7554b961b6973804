import { NOTIFY_QUEUE, NotifyJobSchema } from '@desk/core';
import { createQueue, type Job } from '@desk/queue';
import type { IngestContext } from '../context';
import { deliverAlert } from './notify';
import { runTopicStages } from './topics';

export const TOPICS_QUEUE = 'topics';

/**
 * Workers of the topics engine: `topics` (schemes, events, bursts for stored messages; its own queue so
 * a failure retries only this part) and `notify` (alert delivery to robots and e-mail).
 */
export function startTopicWorkers(ctx: IngestContext) {
  const topics = createQueue<{ messageIds: number[] }>(TOPICS_QUEUE, ctx.queue);
  const notify = createQueue(NOTIFY_QUEUE, ctx.queue);
  const deps = { db: ctx.db, redis: ctx.redis, queue: ctx.queue, log: ctx.log, search: ctx.search };
  void topics.process(1, async (job: Job<{ messageIds: number[] }>) =>
    runTopicStages(job.data.messageIds ?? [], deps),
  );
  void notify.process(2, async (job: Job) => {
    const parsed = NotifyJobSchema.safeParse(job.data);
    if (!parsed.success) return job.discard();
    return deliverAlert(
      { db: ctx.db, smtpUrl: ctx.mail?.smtpUrl, mailFrom: ctx.mail?.from },
      parsed.data.alertId,
    );
  });
  for (const queue of [topics, notify]) {
    queue.on('error', (error) => ctx.log.warn({ err: error, queue: queue.name }, 'queue error'));
    queue.on('failed', (job, error) =>
      ctx.log.warn({ err: error, queue: queue.name, jobId: job.id }, 'job failed'),
    );
  }
  return {
    enqueue: (messageIds: number[]) =>
      messageIds.length ? topics.add({ messageIds }).then(() => {}) : Promise.resolve(),
    close: async () => {
      await Promise.allSettled([topics.close(), notify.close()]);
    },
  };
}
