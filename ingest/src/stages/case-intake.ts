import { CasesJobSchema, queueNames } from '@desk/core';
import { createCaseFromInquiry } from '@desk/core/store';
import { createQueue, type Job } from '@desk/queue';
import type { IngestContext } from '../context';

/**
 * Consumer of the `cases` queue: `{kind: 'from-inquiry', messageId}` turns a stored portal inquiry into a
 * case at once. Idempotent (one case per message), so a redelivered job changes nothing.
 */
export async function handleCasesJob(ctx: Pick<IngestContext, 'db' | 'log'>, data: unknown) {
  const parsed = CasesJobSchema.safeParse(data);
  if (!parsed.success) return { skipped: 'bad-payload' as const };
  const job = parsed.data;
  return createCaseFromInquiry(ctx.db, job.messageId);
}

export function startCaseIntake(ctx: IngestContext, concurrency = 2) {
  const queue = createQueue(queueNames.cases, ctx.queue);
  queue.process(concurrency, async (job: Job) => {
    const result = await handleCasesJob(ctx, job.data);
    // A bad payload will not get better with retries.
    if ('skipped' in result) {
      await job.discard();
      throw new Error(`cases job ${job.id}: ${result.skipped}`);
    }
    return result;
  });
  return { queue, close: () => queue.close() };
}
