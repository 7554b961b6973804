import type Bull from 'bull';
import type { JobRegistry, JobSpec } from './define';
import { jobDuration, jobFailures } from './metrics';
import { withTimeLimit } from './time-limit';
import { type Watchdog, wasPoisoned } from './watchdog';
import type { WorkerOptions } from './workers';

/** Why a job that will not succeed by retrying was failed at once. */
export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError';
}

export class PoisonedJobError extends Error {
  override readonly name = 'PoisonedJobError';
  constructor() {
    super('任务曾阻塞进程超过时限，不再执行 / froze its worker past its time limit; not run again');
  }
}

export type RunContext = Omit<WorkerOptions<JobRegistry>, 'watchdog'> & { watchdog: Watchdog | null };

/** One run of one job: checks, the handler under its time limit, and what a failure means. */
export async function runJob(name: string, spec: JobSpec, job: Bull.Job, options: RunContext) {
  const key = `${spec.queue}:${job.id}`;
  if (await wasPoisoned(job.queue.client, options.queues.config.prefix, key)) {
    job.discard();
    throw new PoisonedJobError();
  }
  const parsed = spec.payload.safeParse(job.data);
  if (!parsed.success) {
    job.discard();
    const where = parsed.error.issues[0];
    throw new InvalidPayloadError(
      `任务数据无效 / invalid payload: ${where?.path.join('.') || '(root)'}: ${where?.message ?? ''}`,
    );
  }
  const handler = options.handlers[name]!;
  const stop = jobDuration.startTimer({ queue: spec.queue, job: name });
  try {
    const run = (signal: AbortSignal) =>
      handler(parsed.data, { id: String(job.id), attempt: job.attemptsMade + 1, signal });
    options.watchdog?.started(key, spec.timeLimitMs);
    const result = await withTimeLimit(spec.timeLimitMs, run).finally(() => options.watchdog?.finished(key));
    stop({ outcome: 'completed' });
    options.log.debug({ queue: spec.queue, job: name, jobId: job.id }, 'job completed');
    return result;
  } catch (error) {
    stop({ outcome: 'failed' });
    if (options.isPermanent?.(error)) job.discard();
    throw error;
  }
}

/** Count and log every failed run; a job that ends failed is reported to `onFailure` once. */
export async function reportFailure(job: Bull.Job, error: Error, options: RunContext) {
  const state = await job.getState().catch(() => 'unknown');
  const final = state === 'failed';
  const queue = job.queue.name;
  jobFailures.inc({ queue, job: job.name, final: String(final) });
  const fields = { queue, job: job.name, jobId: job.id, attempts: job.attemptsMade, err: error.message };
  options.log.warn(fields, final ? 'job failed for good' : 'job failed; it will be retried');
  if (!final || !options.onFailure) return;
  await options
    .onFailure({
      queue,
      job: job.name,
      jobId: String(job.id),
      payload: job.data,
      reason: error.message,
      attemptsMade: job.attemptsMade,
      final,
    })
    .catch((e) => options.log.warn({ err: e, jobId: job.id }, 'recording a job failure failed'));
}
