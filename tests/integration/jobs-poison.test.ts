import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createJobProducer, createQueueSet, type QueueConfig } from '@desk/queue';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { poisonRegistry } from './poison-worker';

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<NodeJS.Signals | number | null>;
}

/** Start a worker process as a supervisor (systemd, Docker) would after each death. */
function startWorker(config: QueueConfig): Run {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'poison-worker.ts')], {
    env: { ...process.env, DESK_TEST_POISON: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, output: () => output, exit };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

async function printed(run: Run, text: string, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100)))
    if (run.output().includes(text)) return true;
  return false;
}

describe('a poisoned job cannot take the workers down for ever', () => {
  const runs: Run[] = [];
  afterAll(() => {
    for (const run of runs) run.child.kill('SIGKILL');
  });
  const setUp = () => {
    const config = { redisUrl: inject('services').redisUrl, prefix: `{p${randomBytes(4).toString('hex')}}` };
    const jobs = createJobProducer(poisonRegistry, createQueueSet(config));
    return { config, jobs };
  };

  async function failedWithin(jobs: ReturnType<typeof setUp>['jobs'], id: string, ms: number) {
    for (
      const deadline = Date.now() + ms;
      Date.now() < deadline;
      await new Promise((r) => setTimeout(r, 200))
    ) {
      const job = await jobs.queue('poison').getJob(id);
      if (job && (await job.getState()) === 'failed') return job;
    }
    return null;
  }

  it('ends a worker frozen by a synchronous loop past the time limit, and the next start fails that job and goes on', async () => {
    const { config, jobs } = setUp();
    const frozen = await jobs.add('freeze', {});
    const first = startWorker(config);
    runs.push(first);
    expect(await printed(first, 'worker ready', 30_000)).toBe(true);
    // Nobody kills it: its watchdog does, about five seconds after the one-second limit.
    expect(await within(first.exit, 30_000)).toBe('SIGKILL');
    expect(first.output()).toMatch(/froze this worker past its time limit/);
    const second = startWorker(config);
    runs.push(second);
    const job = await failedWithin(jobs, frozen, 30_000);
    expect(job?.failedReason).toMatch(/froze its worker past its time limit; not run again/);
    await jobs.add('work', { n: 1 });
    expect(await printed(second, 'done 1', 30_000)).toBe(true);
    expect(second.child.exitCode).toBeNull();
    second.child.kill('SIGKILL');
    await jobs.close();
  }, 120_000);

  it('fails a job that kills its worker after one retry, never retrying it for ever', async () => {
    const { config, jobs } = setUp();
    const crash = await jobs.add('crash', {});
    let deaths = 0;
    let alive: Run | null = null;
    while (!alive && deaths < 5) {
      const run = startWorker(config);
      runs.push(run);
      const outcome = await Promise.race([run.exit.then(() => 'died'), failedWithin(jobs, crash, 30_000)]);
      if (outcome === 'died') deaths++;
      else alive = run;
    }
    expect(deaths).toBe(2);
    const job = (await jobs.queue('poison').getJob(crash))!;
    expect(job.failedReason).toMatch(/stalled more than allowable limit/);
    await jobs.add('work', { n: 2 });
    expect(await printed(alive!, 'done 2', 30_000)).toBe(true);
    alive!.child.kill('SIGKILL');
    await jobs.close();
  }, 180_000);
});
