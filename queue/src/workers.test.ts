import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { defineJobs } from './define';
import { createJobProducer } from './producer';
import { createQueueSet, type QueueConfig } from './queues';
import { type JobFailure, type JobHandlers, startWorkers, type Workers } from './workers';

const keep = { completed: 100, failed: 100 };
/** A test registry on one queue: the machinery is the same whatever the jobs. */
const registry = defineJobs({
  work: {
    queue: 'q',
    summary: 'adds',
    payload: z.object({ n: z.number().int() }),
    attempts: 3,
    timeLimitMs: 5_000,
    concurrency: 1,
    keep,
  },
  // No slot of its own: it shares the queue's one worker slot with `work`.
  hang: {
    queue: 'q',
    summary: 'never ends',
    payload: z.object({}),
    attempts: 2,
    timeLimitMs: 300,
    concurrency: 0,
    keep,
  },
  boom: {
    queue: 'q',
    summary: 'always throws',
    payload: z.object({}),
    attempts: 3,
    timeLimitMs: 5_000,
    concurrency: 0,
    keep,
  },
  beat: {
    queue: 'r',
    summary: 'repeats',
    payload: z.object({}).strict(),
    attempts: 1,
    timeLimitMs: 5_000,
    concurrency: 1,
    repeatEveryMs: 300,
    keep,
  },
});

const waitUntil = async (check: () => Promise<boolean> | boolean, what: string, ms = 15_000) => {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return;
  throw new Error(`${what} not reached within ${ms} ms`);
};

describe('the job machinery (registry, producer, workers)', () => {
  const config: QueueConfig = {
    redisUrl: inject('services').redisUrl,
    prefix: `{w${randomBytes(4).toString('hex')}}`,
  };
  const running: { close(): Promise<void> }[] = [];
  const failures: JobFailure[] = [];
  const ran: string[] = [];
  const handlers: JobHandlers<typeof registry> = {
    work: async ({ n }) => void ran.push(`work ${n}`),
    hang: (_payload, run) =>
      new Promise((_, reject) =>
        run.signal.addEventListener('abort', () => {
          ran.push(`hang aborted on attempt ${run.attempt}`);
          reject(run.signal.reason);
        }),
      ),
    boom: async () => {
      throw new Error('数据库不可用 / database unavailable');
    },
  };
  async function start(
    only: JobHandlers<typeof registry> = handlers,
    settings = { lockDurationMs: 5_000, maxStalledCount: 1 },
  ) {
    const queues = createQueueSet(config, settings);
    const jobs = createJobProducer(registry, queues);
    const log = { debug() {}, warn() {} };
    const workers: Workers = await startWorkers({
      registry,
      handlers: only,
      queues,
      log,
      onFailure: async (f) => void failures.push(f),
    });
    running.push({ close: () => workers.close().then(() => queues.close()) });
    return jobs;
  }
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.close()));
    failures.length = 0;
    ran.length = 0;
  });

  it('refuses to enqueue a payload that does not match the registry', async () => {
    const jobs = createJobProducer(registry, createQueueSet(config));
    running.push(jobs);
    // @ts-expect-error the producer is typed by the registry as well
    await expect(jobs.add('work', { n: 'one' })).rejects.toThrow(/invalid payload for job "work"/);
    expect(await jobs.queue('q').getWaitingCount()).toBe(0);
  });

  it('fails a job with an invalid payload at once, with its reason, and records it once', async () => {
    const jobs = await start();
    const raw = await jobs.queue('q').add('work', { n: 'one' }, { attempts: 3 });
    await waitUntil(async () => (await raw.getState()) === 'failed' && failures.length === 1, 'failed');
    const job = (await jobs.queue('q').getJob(raw.id))!;
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/invalid payload: n: /);
    expect(failures).toMatchObject([{ queue: 'q', job: 'work', final: true, payload: { n: 'one' } }]);
    await jobs.add('work', { n: 2 });
    await waitUntil(() => ran.includes('work 2'), 'the next job');
  });

  it('fails a job that hangs at its time limit, aborts its signal and goes on with the next job', async () => {
    const jobs = await start();
    const hung = await jobs.add('hang', {});
    await jobs.add('work', { n: 1 });
    await waitUntil(() => ran.includes('work 1'), 'the job behind the hung one');
    await waitUntil(async () => (await jobs.queue('q').getJob(hung))?.finishedOn !== undefined, 'failed');
    const job = (await jobs.queue('q').getJob(hung))!;
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(2);
    expect(job.failedReason).toMatch(/time limit of 0.3 s exceeded/);
    expect(ran.filter((r) => r.startsWith('hang'))).toEqual([
      'hang aborted on attempt 1',
      'hang aborted on attempt 2',
    ]);
  });

  it('stops retrying a job that fails the same way every time and keeps its reason', async () => {
    const jobs = await start();
    const id = await jobs.add('boom', {});
    await waitUntil(() => failures.length === 1, 'final failure');
    const job = (await jobs.queue('q').getJob(id))!;
    expect(job.attemptsMade).toBe(3);
    expect(job.failedReason).toBe('数据库不可用 / database unavailable');
    expect(failures[0]).toMatchObject({ job: 'boom', attemptsMade: 3, final: true });
  });

  it('refuses to work on a queue unless every job of it has a handler', async () => {
    await expect(start({ work: handlers.work })).rejects.toThrow(/job "hang" has no handler/);
  });

  it('fires a repeatable job once per tick whatever the number of worker processes', async () => {
    const ticks: string[] = [];
    const beat = { beat: async (_: object, run: { id: string }) => void ticks.push(run.id) };
    await Promise.all([start(beat), start(beat), start(beat)]);
    const started = Date.now();
    await waitUntil(() => ticks.length >= 8, 'eight ticks');
    const elapsed = Date.now() - started;
    // One schedule (`repeat:<schedule>:<tick>`), each tick run once, no more runs than ticks elapsed.
    expect(new Set(ticks.map((id) => id.split(':')[1])).size).toBe(1);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.length).toBeLessThanOrEqual(Math.ceil(elapsed / 300) + 1);
  });
});
