import type { DeskEvent } from '@desk/core';
import {
  type Db,
  deleteOutbox,
  nextOutboxBatch,
  type OutboxBatch,
  recordIngestFailure,
} from '@desk/core/store';
import { publishDeskEvent, type Redis } from '@desk/queue';
import {
  indexUid,
  isSearchable,
  type MessageDocument,
  type SearchConfig,
  toDocument,
} from '@desk/search-config';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import { indexedDocuments } from '../metrics';
import type { IngestTuning } from '../tuning';

import { createLease } from './lock';

export interface IndexerDeps {
  db: Db;
  redis: Redis;
  search: { client: Meilisearch; config: SearchConfig };
  prefix: string;
  log: Logger;
  tuning: IngestTuning;
}

export interface Indexer {
  /** Wake the loop: new outbox rows were committed. */
  notify(): void;
  stop(): Promise<void>;
}

/** Longest pause after Meilisearch failed; it is retried until it answers. */
const MAX_BACKOFF_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Stage 6: drains the search outbox into Meilisearch in batches. Several writes are in flight at once
 * (Meilisearch merges consecutive writes into one indexing batch); a row is deleted only after its
 * task succeeded, so a crash or an outage means a resend, which Meilisearch applies idempotently.
 * New messages are announced on the live event channel once they are searchable.
 */
export function startIndexer(deps: IndexerDeps): Indexer {
  const { db, search, tuning, log } = deps;
  const index = search.client.index<MessageDocument>(indexUid(search.config, 'messages'));
  const lease = createLease(deps.redis, `${deps.prefix}:indexer:lease`, tuning.indexLockMs);
  const inFlight = new Map<Promise<void>, number[]>();
  let stopped = false;
  let wake: (() => void) | null = null;
  let backoffMs = 0;
  let retryAt = 0;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  async function send({ rows, messages }: OutboxBatch): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.messageId))];
    const found = new Map(messages.map((m) => [m.id, m]));
    const docs = messages.filter(isSearchable).map(toDocument);
    const gone = ids.filter((id) => !found.has(id) || !isSearchable(found.get(id)!));
    const tasks = [];
    if (docs.length) tasks.push(await index.addDocuments(docs, { primaryKey: 'id' }));
    if (gone.length) tasks.push(await index.deleteDocuments(gone));
    for (const task of tasks) {
      const done = await search.client.tasks.waitForTask(task.taskUid, { timeout: 300_000, interval: 50 });
      if (done.status !== 'succeeded') {
        await recordIngestFailure(db, {
          stage: 'index',
          reason: `Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`,
          detail: { messageIds: ids.slice(0, 100) },
        });
      }
    }
    await deleteOutbox(
      db,
      rows.map((r) => r.id),
    );
    indexedDocuments.inc({ operation: 'upsert' }, docs.length);
    indexedDocuments.inc({ operation: 'delete' }, gone.length);
    await announce(rows, found);
  }

  async function announce(
    rows: OutboxBatch['rows'],
    found: Map<number, { departmentIds: number[]; duplicateOfId: number | null }>,
  ) {
    const events: DeskEvent[] = [];
    for (const id of new Set(rows.filter((r) => r.reason === 'new').map((r) => r.messageId))) {
      const m = found.get(id);
      if (m && m.duplicateOfId === null)
        events.push({ type: 'message.new', id, departmentIds: m.departmentIds });
    }
    await publishDeskEvent(deps.redis, deps.prefix, events).catch((error) =>
      log.warn({ err: error }, 'live event publish failed'),
    );
  }

  function launch(batch: OutboxBatch) {
    const ids = batch.rows.map((r) => r.id);
    const job: Promise<void> = send(batch)
      .then(() => {
        backoffMs = 0;
      })
      .catch((error) => {
        backoffMs = Math.min(Math.max(backoffMs * 2, 250), MAX_BACKOFF_MS);
        retryAt = Date.now() + backoffMs;
        log.warn(
          { err: error, rows: ids.length, retryInMs: backoffMs },
          'search indexing failed; will resend',
        );
      })
      .finally(() => {
        inFlight.delete(job);
        wake?.();
      });
    inFlight.set(job, ids);
  }

  async function step(): Promise<void> {
    if (inFlight.size >= tuning.indexInFlight) return void (await Promise.race(inFlight.keys()));
    // After a failure, wait before the next write; one probe at a time until Meilisearch answers again.
    if (Date.now() < retryAt) return wait(retryAt - Date.now());
    if (backoffMs > 0 && inFlight.size > 0) return void (await Promise.race(inFlight.keys()));
    if (!(await lease.hold())) return wait(tuning.indexLockMs / 3);
    const sending = [...inFlight.values()].flat();
    const batch = await nextOutboxBatch(db, tuning.indexBatchSize, sending);
    // While a write is in flight, a part-filled batch waits a little for more rows: Meilisearch spends
    // ~700 µs per document in batches of 250 and ~400 µs in batches of 2,000. An idle index gets rows at once.
    const lingering = tuning.indexLingerMs - (Date.now() - batch.oldestAt);
    const partFilled = batch.rows.length < tuning.indexBatchSize && inFlight.size > 0;
    if (batch.rows.length > 0 && partFilled && lingering > 0) return wait(lingering);
    if (batch.rows.length > 0) return launch(batch);
    // Woken by new rows (notify) or a finished write, whichever comes first.
    return wait(tuning.indexPollMs);
  }

  const loop = (async () => {
    while (!stopped) {
      await step().catch(async (error) => {
        log.warn({ err: error }, 'indexer step failed');
        await sleep(1_000);
      });
    }
  })();

  return {
    notify: () => wake?.(),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await Promise.allSettled(inFlight.keys());
      await lease.release();
    },
  };
}
