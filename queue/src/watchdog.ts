import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Redis from 'ioredis';

/** How long the event loop may stay blocked past a running job's time limit before the process is ended. */
const GRACE_MS = 5_000;
const BEAT_MS = 250;

/**
 * Runs in a thread of its own (plain CommonJS, so it needs no TypeScript loader): the main thread
 * beats every 250 ms and reports each job it starts and finishes. When the beats stop while a job is
 * past its time limit, the job froze the event loop (a synchronous loop): the job is written to the
 * poisoned set in Redis and the process is killed, since nothing else can stop it.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const Redis = require(workerData.ioredis);
const running = new Map();
let lastBeat = Date.now();
let ending = false;
parentPort.on('message', (m) => {
  if (m.type === 'beat') lastBeat = Date.now();
  else if (m.type === 'start') running.set(m.key, m.deadline);
  else running.delete(m.key);
});
setInterval(async () => {
  const now = Date.now();
  if (ending || now - lastBeat < workerData.graceMs) return;
  const frozen = [...running].filter(([, deadline]) => now > deadline + workerData.graceMs).map(([key]) => key);
  if (!frozen.length) return;
  ending = true;
  const redis = new Redis(workerData.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  await redis.sadd(workerData.poisonKey, ...frozen).catch(() => {});
  // Straight to the file descriptor: this thread's process.stderr would go through the frozen main thread.
  writeSync(2, 'watchdog: ' + frozen.join(', ') + ' froze this worker past its time limit; ' +
    'the job is marked poisoned and the process is stopped / 任务阻塞进程超过时限，已标记并结束进程\\n');
  process.kill(process.pid, 'SIGKILL');
}, ${BEAT_MS});
`;

/** The Redis set of jobs (`<queue>:<id>`) that froze a worker: they are failed instead of run again. */
export const poisonedJobsKey = (prefix: string) => `${prefix}:jobs:poisoned`;

export interface Watchdog {
  started(key: string, limitMs: number): void;
  finished(key: string): void;
  stop(): Promise<void>;
}

/** Was this job marked as one that froze a worker? Takes the mark off (the job is failed now). */
export const wasPoisoned = async (redis: Redis, prefix: string, job: string): Promise<boolean> =>
  (await redis.srem(poisonedJobsKey(prefix), job)) === 1;

export function startWatchdog(redisUrl: string, prefix: string): Watchdog {
  const key = poisonedJobsKey(prefix);
  const thread = new Worker(THREAD, {
    eval: true,
    workerData: {
      ioredis: createRequire(import.meta.url).resolve('ioredis'),
      redisUrl,
      poisonKey: key,
      graceMs: GRACE_MS,
    },
  });
  thread.unref();
  thread.on('error', () => {}); // a watchdog that cannot start leaves the workers as they were
  const beat = setInterval(() => thread.postMessage({ type: 'beat' }), BEAT_MS);
  beat.unref();
  return {
    started: (job, limitMs) =>
      thread.postMessage({ type: 'start', key: job, deadline: Date.now() + limitMs }),
    finished: (job) => thread.postMessage({ type: 'end', key: job }),
    async stop() {
      clearInterval(beat);
      await thread.terminate();
    },
  };
}
