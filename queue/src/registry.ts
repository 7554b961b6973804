import {
  CasesJobSchema,
  IngestJobSchema,
  NotifyJobSchema,
  PullJobSchema,
  RepeatJobSchema,
  TopicsJobSchema,
  WebJobSchema,
} from '@desk/core';
import { defineJobs, type PayloadInput, type PayloadOf, queuesOf } from './define';

const MINUTE = 60_000;

/**
 * Every job of the desk, in one place: its queue, payload, retries, time limit, concurrency and
 * schedule. The producer validates against it, the workers run its handlers (ingest/src/jobs/<name>.ts)
 * and the queue board lists its queues. Adding a job = an entry here + its handler.
 */
export const jobRegistry = defineJobs({
  pull: {
    queue: 'pull',
    summary: 'fetch one source and hand its items to the ingest queue',
    payload: PullJobSchema,
    // A feed that is down now is pulled again at its next interval anyway.
    attempts: 3,
    backoffMs: 5_000,
    // An html or sitemap source reads page after page, one per host gap (its budget is 3 minutes).
    timeLimitMs: 5 * MINUTE,
    concurrency: 4,
    keep: { completed: 200, failed: 1_000 },
  },
  tick: {
    queue: 'pull',
    summary: 'scheduler: claim due sources, enqueue their pulls, alert on quiet sources',
    payload: RepeatJobSchema,
    attempts: 1,
    timeLimitMs: MINUTE,
    concurrency: 1,
    repeatEveryMs: 5_000,
    keep: { completed: 50, failed: 100 },
  },
  ingest: {
    queue: 'ingest',
    summary: 'a batch of raw items: normalize → dedupe → enrich → classify → store',
    payload: IngestJobSchema,
    // Database or Redis outages: eight tries with backoff span about four minutes.
    attempts: 8,
    backoffMs: 1_000,
    timeLimitMs: 5 * MINUTE,
    concurrency: 3,
    keep: { completed: 1_000, failed: 5_000 },
  },
  cases: {
    queue: 'cases',
    summary: 'turn a stored portal inquiry into a case (idempotent)',
    payload: CasesJobSchema,
    attempts: 8,
    backoffMs: 1_000,
    timeLimitMs: MINUTE,
    concurrency: 2,
    keep: { completed: 1_000, failed: 5_000 },
  },
  topics: {
    queue: 'topics',
    summary: 'monitoring schemes, event grouping, hotness and bursts of stored messages',
    payload: TopicsJobSchema,
    attempts: 5,
    backoffMs: 1_000,
    timeLimitMs: 2 * MINUTE,
    concurrency: 1,
    keep: { completed: 1_000, failed: 5_000 },
  },
  notify: {
    queue: 'notify',
    summary: 'deliver an alert to WeCom / DingTalk robots and e-mail',
    payload: NotifyJobSchema,
    attempts: 5,
    backoffMs: 2_000,
    timeLimitMs: 2 * MINUTE,
    concurrency: 2,
    keep: { completed: 1_000, failed: 5_000 },
  },
  escalate: {
    queue: 'sla',
    summary: 'mark due-soon and overdue cases, raise and announce overdue alerts',
    payload: RepeatJobSchema,
    attempts: 1,
    timeLimitMs: 2 * MINUTE,
    concurrency: 1,
    // A minute is fine-grained enough for deadlines counted in hours and days.
    repeatEveryMs: MINUTE,
    keep: { completed: 100, failed: 100 },
  },
  briefing: {
    queue: 'sla',
    summary: 'from 08:00 on working days: the daily briefing, once, to leaders in the desk and by e-mail',
    payload: RepeatJobSchema,
    attempts: 1,
    timeLimitMs: 2 * MINUTE,
    concurrency: 1,
    // Checked every minute so a desk started after 08:00 still delivers; a claim in the database keeps it once.
    repeatEveryMs: MINUTE,
    keep: { completed: 100, failed: 100 },
  },
  'index-cases': {
    queue: 'sla',
    summary: 'send cases changed since the last run to the Meilisearch cases index',
    payload: RepeatJobSchema,
    attempts: 1,
    timeLimitMs: 2 * MINUTE,
    concurrency: 1,
    repeatEveryMs: 5_000,
    keep: { completed: 100, failed: 100 },
  },
  web: {
    queue: 'web',
    summary: 'read the live web for someone waiting: a source preview or a pasted link',
    payload: WebJobSchema,
    // The person asks again; a retry after they gave up would read the site for nobody.
    attempts: 1,
    timeLimitMs: MINUTE,
    concurrency: 2,
    keep: { completed: 100, failed: 100 },
  },
});

export type DeskJobs = typeof jobRegistry;
export type JobName = keyof DeskJobs & string;
export type JobPayload<N extends JobName> = PayloadOf<DeskJobs[N]>;
export type JobPayloadInput<N extends JobName> = PayloadInput<DeskJobs[N]>;

/** Every queue of the desk (the queue board shows them all). */
export const queueNames = queuesOf(jobRegistry);
export type QueueName = DeskJobs[JobName]['queue'];

/**
 * Bull's lock on a running job; a worker that dies loses its jobs to another after this long. One
 * recovery per job: a job that took down its worker twice is failed, so it cannot freeze every start.
 */
export const defaultQueueSettings = { lockDurationMs: 30_000, maxStalledCount: 1 };
