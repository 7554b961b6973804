import type Bull from 'bull';
import { Counter, Gauge, Histogram } from 'prom-client';

/**
 * Job metrics in prom-client's default registry (each process serves its own at `/metrics`, see
 * scripts/src/metrics.ts). Durations and failures are counted where jobs run; queue depths are read
 * from Redis when scraped, so every process reports the same installation-wide numbers.
 */
export const jobDuration = new Histogram({
  name: 'desk_job_duration_seconds',
  help: 'Run time of jobs in this process, by queue, job and outcome',
  labelNames: ['queue', 'job', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
});

export const jobFailures = new Counter({
  name: 'desk_job_failures_total',
  help: 'Failed job runs in this process; final="true" when no retry is left',
  labelNames: ['queue', 'job', 'final'] as const,
});

/** Queues whose depth a scrape reports: the first opened queue of each name (depths live in Redis). */
const observed = new Map<string, Bull.Queue>();

export function observeQueueDepths(queues: Bull.Queue[]): () => void {
  const added = queues.filter((q) => !observed.has(q.name));
  for (const queue of added) observed.set(queue.name, queue);
  return () => {
    for (const queue of added) if (observed.get(queue.name) === queue) observed.delete(queue.name);
  };
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'] as const;

export const queueDepth = new Gauge({
  name: 'desk_queue_jobs',
  help: 'Jobs in each queue by state (installation-wide, read from Redis at scrape time)',
  labelNames: ['queue', 'state'] as const,
  async collect() {
    this.reset();
    await Promise.all(
      [...observed.values()].map(async (queue) => {
        const counts = (await queue.getJobCounts().catch(() => null)) as Record<string, number> | null;
        if (!counts) return;
        for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }),
    );
  },
});
