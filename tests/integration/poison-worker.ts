/**
 * A worker process for the poisoned-job tests: the real job machinery with jobs that freeze the event
 * loop or kill their process. Configured by DESK_TEST_POISON (JSON: redisUrl, prefix).
 */
import { createQueueSet, defineJobs, startWorkers } from '@desk/queue';
import { z } from 'zod';

const keep = { completed: 10, failed: 10 };
export const poisonRegistry = defineJobs({
  work: {
    queue: 'poison',
    summary: 'ordinary work',
    payload: z.object({ n: z.number() }),
    attempts: 3,
    timeLimitMs: 5_000,
    concurrency: 1,
    keep,
  },
  freeze: {
    queue: 'poison',
    summary: 'a synchronous endless loop',
    payload: z.object({}),
    attempts: 5,
    timeLimitMs: 1_000,
    concurrency: 0,
    keep,
  },
  crash: {
    queue: 'poison',
    summary: 'takes its process down',
    payload: z.object({}),
    attempts: 5,
    timeLimitMs: 5_000,
    concurrency: 0,
    keep,
  },
});

if (process.env.DESK_TEST_POISON) {
  const config = JSON.parse(process.env.DESK_TEST_POISON) as { redisUrl: string; prefix: string };
  await startWorkers({
    registry: poisonRegistry,
    handlers: {
      work: async ({ n }) => void console.log(`done ${n}`),
      freeze: async () => {
        for (;;);
      },
      crash: async () => void process.kill(process.pid, 'SIGKILL'),
    },
    // A short lock, so a dead worker's job is seen stalled within a second.
    queues: createQueueSet(config, { lockDurationMs: 1_000, maxStalledCount: 1 }),
    log: { debug() {}, warn() {} },
  });
  console.log('worker ready');
}
