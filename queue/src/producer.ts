import type Bull from 'bull';
import { bullJobOptions, type JobRegistry, type PayloadInput } from './define';
import { createQueueSet, type QueueConfig, type QueueSet, type QueueSettings } from './queues';
import { type DeskJobs, jobRegistry } from './registry';

export interface AddOptions {
  /** Bull ignores a job whose id is already queued or kept: the way to enqueue something once. */
  jobId?: string;
  delayMs?: number;
}

/** The typed way to enqueue: a job name of the registry and its payload, checked before it reaches Redis. */
export interface JobProducer<R extends JobRegistry = DeskJobs> {
  add<N extends keyof R & string>(
    name: N,
    payload: PayloadInput<R[N]>,
    options?: AddOptions,
  ): Promise<string>;
  addBulk<N extends keyof R & string>(
    name: N,
    jobs: { payload: PayloadInput<R[N]>; jobId?: string }[],
  ): Promise<void>;
  /** The payload of a job still kept in its queue (waiting, active, delayed, finished), or null. */
  find<N extends keyof R & string>(name: N, jobId: string): Promise<PayloadInput<R[N]> | null>;
  /** The Bull queue itself, for the queue board, metrics and tests. */
  queue(name: R[keyof R]['queue']): Bull.Queue;
  queues: QueueSet;
  close(): Promise<void>;
}

/** A payload that does not match its schema is a bug of the caller: it never reaches a worker. */
function checked<R extends JobRegistry>(registry: R, name: keyof R & string, payload: unknown) {
  const spec = registry[name];
  if (!spec) throw new Error(`unknown job "${name}"`);
  const parsed = spec.payload.safeParse(payload);
  if (!parsed.success)
    throw new Error(`invalid payload for job "${name}": ${parsed.error.issues[0]?.message ?? ''}`);
  return spec;
}

export function createJobProducer<R extends JobRegistry>(registry: R, queues: QueueSet): JobProducer<R> {
  return {
    async add(name, payload, options = {}) {
      const spec = checked(registry, name, payload);
      const job = await queues.get(spec.queue).add(name, payload, {
        ...bullJobOptions(spec),
        ...(options.jobId ? { jobId: options.jobId } : {}),
        ...(options.delayMs ? { delay: options.delayMs } : {}),
      });
      return String(job.id);
    },
    async addBulk(name, jobs) {
      if (!jobs.length) return;
      const spec = registry[name]!;
      for (const job of jobs) checked(registry, name, job.payload);
      const opts = bullJobOptions(spec);
      await queues.get(spec.queue).addBulk(
        jobs.map((job) => ({
          name,
          data: job.payload,
          opts: job.jobId ? { ...opts, jobId: job.jobId } : opts,
        })),
      );
    },
    async find(name, jobId) {
      const job = await queues.get(registry[name]!.queue).getJob(jobId);
      return job && job.name === name ? job.data : null;
    },
    queue: (name) => queues.get(name),
    queues,
    close: () => queues.close(),
  };
}

/** The desk's producer over its own queue connections (API processes, commands, tests). */
export const createDeskJobs = (config: QueueConfig, settings?: QueueSettings): JobProducer =>
  createJobProducer(jobRegistry, createQueueSet(config, settings));
