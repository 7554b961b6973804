import type Bull from 'bull';
import type { z } from 'zod';

/** One kind of job: the queue it rides on, its payload schema, its retry policy and its time limit. */
export interface JobSpec<P extends z.ZodType = z.ZodType> {
  queue: string;
  /** What the job does, for the queue board and ARCHITECTURE.md. */
  summary: string;
  payload: P;
  /** Runs in all, the first included; a payload that fails validation is never retried. */
  attempts: number;
  /** First retry delay, doubled each time (exponential backoff); none = retry at once. */
  backoffMs?: number;
  /** A run that takes longer fails with a time-limit error (its signal is aborted) and the worker goes on. */
  timeLimitMs: number;
  /** Jobs of this kind run at once per process (Bull adds up the concurrency of a queue's kinds). */
  concurrency: number;
  /** Repeatable: one run per interval across all worker processes (the job id is the tick). */
  repeatEveryMs?: number;
  /** Finished jobs kept for the queue board. */
  keep: { completed: number; failed: number };
}

export type JobRegistry = Record<string, JobSpec>;

/** Keeps the registry's literal types (names, schemas) while checking each entry. */
export const defineJobs = <const R extends JobRegistry>(registry: R): R => registry;

export type PayloadOf<S extends JobSpec> = z.output<S['payload']>;
export type PayloadInput<S extends JobSpec> = z.input<S['payload']>;

/** The queues a registry uses, each once, in the order of first use. */
export const queuesOf = <R extends JobRegistry>(registry: R): R[keyof R]['queue'][] => [
  ...new Set(Object.values(registry).map((spec) => spec.queue as R[keyof R]['queue'])),
];

/** Bull options of one job kind (retries, backoff, retention); the time limit is enforced by the worker. */
export function bullJobOptions(spec: JobSpec): Bull.JobOptions {
  return {
    attempts: spec.attempts,
    ...(spec.backoffMs ? { backoff: { type: 'exponential', delay: spec.backoffMs } } : {}),
    removeOnComplete: spec.keep.completed,
    removeOnFail: spec.keep.failed,
  };
}
