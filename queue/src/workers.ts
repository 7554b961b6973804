import type Bull from 'bull';
import { bullJobOptions, type JobRegistry, type JobSpec, type PayloadOf } from './define';
import { observeQueueDepths } from './metrics';
import type { QueueSet } from './queues';
import { type RunContext, reportFailure, runJob } from './run-job';
import { startWatchdog } from './watchdog';

export interface JobRun {
  id: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** Aborted when the job's time limit is reached. */
  signal: AbortSignal;
}

export type JobHandler<S extends JobSpec> = (payload: PayloadOf<S>, run: JobRun) => Promise<unknown>;
export type JobHandlers<R extends JobRegistry> = { [N in keyof R]?: JobHandler<R[N]> };

export interface JobFailure {
  queue: string;
  job: string;
  jobId: string;
  payload: unknown;
  reason: string;
  attemptsMade: number;
  /** No retry is left: the job is in the failed state (shown on the queue board). */
  final: boolean;
}

export interface WorkerLog {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface WorkerOptions<R extends JobRegistry> {
  registry: R;
  /** Every job of a queue that has one handler here needs its handler (Bull takes any job of the queue). */
  handlers: JobHandlers<R>;
  queues: QueueSet;
  log: WorkerLog;
  /** Errors that no retry can fix (a malformed feed…): the job fails at once. */
  isPermanent?: (error: unknown) => boolean;
  /** Called once per job that ends in the failed state, e.g. to record it in the failures list. */
  onFailure?: (failure: JobFailure) => Promise<void>;
  /** Other intervals for repeatable jobs (tests, benchmarks). */
  repeatEveryMs?: { [N in keyof R]?: number };
  /** Watch for jobs that freeze the event loop past their time limit (default on). */
  watchdog?: boolean;
}

export interface Workers {
  queues: Bull.Queue[];
  close(): Promise<void>;
}

function handledJobs<R extends JobRegistry>(options: WorkerOptions<R>): [string, JobSpec][] {
  const entries = Object.entries(options.registry).filter(([name]) => options.handlers[name]);
  const queues = new Set(entries.map(([, spec]) => spec.queue));
  for (const [name, spec] of Object.entries(options.registry))
    if (queues.has(spec.queue) && !options.handlers[name])
      throw new Error(`queue "${spec.queue}": job "${name}" has no handler in this process`);
  return entries;
}

/** Replace this job's schedule when its interval changed; Bull keys a schedule by name, id and interval. */
async function schedule(queue: Bull.Queue, name: string, spec: JobSpec, every: number) {
  for (const repeatable of await queue.getRepeatableJobs())
    if (repeatable.name === name && Number(repeatable.every) !== every)
      await queue.removeRepeatableByKey(repeatable.key);
  await queue.add(name, {}, { ...bullJobOptions(spec), repeat: { every }, jobId: name });
}

/** A Redis outage makes every connection fail on every reconnect attempt: one line per queue per 10 s. */
function throttledErrors(queue: Bull.Queue, log: WorkerLog) {
  let last = 0;
  queue.on('error', (error) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    log.warn({ err: error, queue: queue.name }, 'queue error');
  });
}

/**
 * The one place jobs run: each job's payload is validated against the registry (invalid → failed at
 * once, with its reason), its handler runs under the time limit, permanent errors skip the retries,
 * and a job that ends failed is reported once. Repeatable jobs are scheduled here.
 */
export async function startWorkers<R extends JobRegistry>(options: WorkerOptions<R>): Promise<Workers> {
  const entries = handledJobs(options);
  const { config } = options.queues;
  const watchdog =
    options.watchdog === false || !entries.length ? null : startWatchdog(config.redisUrl, config.prefix);
  const generic: RunContext = { ...(options as unknown as WorkerOptions<JobRegistry>), watchdog };
  const queues = new Map<string, Bull.Queue>();
  for (const [name, spec] of entries) {
    const queue = options.queues.get(spec.queue);
    if (!queues.has(spec.queue)) {
      queues.set(spec.queue, queue);
      throttledErrors(queue, options.log);
      queue.on('failed', (job, error) => void reportFailure(job, error, generic));
    }
    queue
      .process(name, spec.concurrency, (job: Bull.Job) => runJob(name, spec, job, generic))
      .catch((error) => options.log.warn({ err: error, queue: spec.queue }, 'worker stopped'));
  }
  for (const [name, spec] of entries) {
    const every = options.repeatEveryMs?.[name] ?? spec.repeatEveryMs;
    if (every) await schedule(options.queues.get(spec.queue), name, spec, every);
  }
  const unobserve = observeQueueDepths([...queues.values()]);
  return {
    queues: [...queues.values()],
    async close() {
      unobserve();
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      await watchdog?.stop();
    },
  };
}
