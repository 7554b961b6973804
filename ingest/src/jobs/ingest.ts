import { runIngestBatch } from '../batch';
import { countBatch } from '../metrics';
import type { DeskJobHandler } from './deps';

/**
 * `ingest`: one batch through the pure stages (batch.ts); then the stored messages go to the topics
 * engine, the indexers are woken, and each portal inquiry gets its `cases` job (once per message).
 */
export const ingest: DeskJobHandler<'ingest'> = (deps) => async (payload) => {
  const summary = await runIngestBatch(payload, deps);
  countBatch(summary);
  if (summary.storedIds.length) {
    await deps.jobs.add('topics', { messageIds: summary.storedIds });
    deps.indexer.notify();
    await deps.outboxWritten();
  }
  await deps.jobs.addBulk(
    'cases',
    summary.inquiryIds.map((messageId) => ({
      payload: { kind: 'from-inquiry' as const, messageId },
      jobId: `from-inquiry:${messageId}`,
    })),
  );
  return { ...summary, storedIds: undefined };
};
