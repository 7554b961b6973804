import { type Db, outboxLag } from '@desk/core/store';
import { Counter, Gauge } from 'prom-client';
import type { BatchSummary } from './batch';

/** Ingest and indexing rates (Prometheus takes `rate()` of these counters), counted in this process. */
export const ingestedMessages = new Counter({
  name: 'desk_ingest_messages_total',
  help: 'Items through the ingest stages in this process, by outcome',
  labelNames: ['outcome'] as const,
});

export const indexedDocuments = new Counter({
  name: 'desk_indexed_documents_total',
  help: 'Messages written to (upsert) or removed from (delete) the Meilisearch index by this process',
  labelNames: ['operation'] as const,
});

export function countBatch(summary: BatchSummary): void {
  ingestedMessages.inc({ outcome: 'stored' }, summary.stored - summary.nearDuplicates);
  ingestedMessages.inc({ outcome: 'near-duplicate' }, summary.nearDuplicates);
  ingestedMessages.inc({ outcome: 'duplicate' }, summary.dropped.duplicate);
  ingestedMessages.inc({ outcome: 'empty' }, summary.dropped.empty);
}

let lagOf: Db | null = null;

/** Search lag, read from the database at scrape time: installation-wide, the same in every process. */
export function watchOutboxLag(db: Db): void {
  lagOf = db;
}

new Gauge({
  name: 'desk_search_outbox_rows',
  help: 'Messages stored but not yet written to Meilisearch',
  async collect() {
    if (lagOf) this.set((await outboxLag(lagOf).catch(() => null))?.rows ?? Number.NaN);
  },
});

new Gauge({
  name: 'desk_search_outbox_lag_seconds',
  help: 'Age of the oldest message waiting for Meilisearch (0 when none waits)',
  async collect() {
    if (!lagOf) return;
    const lag = await outboxLag(lagOf).catch(() => null);
    this.set(lag ? (lag.oldestAt ? (Date.now() - lag.oldestAt.getTime()) / 1000 : 0) : Number.NaN);
  },
});
