import { caseDocumentsAfter, caseIndexStart, escalateCases, saveCaseIndexWatermark } from '@desk/core/store';
import { announceAlert, createQueue } from '@desk/queue';
import { indexUid } from '@desk/search-config';
import type { IngestContext } from '../context';

export interface SlaOptions {
  /** How often due-soon and overdue cases are marked and announced. */
  escalateEveryMs: number;
  /** How often changed cases are sent to Meilisearch (similar-case suggestions). */
  indexEveryMs: number;
}

/** A minute is fine-grained enough for deadlines counted in hours and days. */
export const defaultSlaOptions: SlaOptions = { escalateEveryMs: 60_000, indexEveryMs: 5_000 };

/** Send every case changed since the last pass to the `cases` index; the watermark moves only after success. */
export async function indexChangedCases(ctx: Pick<IngestContext, 'db' | 'search'>): Promise<number> {
  const index = ctx.search.client.index(indexUid(ctx.search.config, 'cases'));
  let cursor = await caseIndexStart(ctx.db);
  let sent = 0;
  for (;;) {
    const page = await caseDocumentsAfter(ctx.db, cursor);
    if (page.documents.length)
      await index.addDocuments(page.documents, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    sent += page.documents.length;
    cursor = page.next;
    if (!page.more) break;
  }
  if (sent) await saveCaseIndexWatermark(ctx.db, cursor);
  return sent;
}

/**
 * The `sla` queue: repeatable Bull jobs that escalate due-soon / overdue cases and keep the case index
 * fresh. Repeatable jobs with fixed ids run once per interval across all worker processes.
 */
export async function startSlaWorkers(ctx: IngestContext, options: Partial<SlaOptions> = {}) {
  const { escalateEveryMs, indexEveryMs } = { ...defaultSlaOptions, ...options };
  const queue = createQueue('sla', ctx.queue, {
    defaultJobOptions: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
  });
  queue.process('escalate', 1, async () => {
    const { alerts, ...counts } = await escalateCases(ctx.db);
    if (counts.dueSoon || counts.overdue) ctx.log.info(counts, 'cases escalated');
    // Overdue alerts reach the desk live and, through the notify queue, the officer on duty.
    for (const alert of alerts) {
      await announceAlert(ctx.redis, ctx.queue, { ...alert, eventId: null }).catch((error) =>
        ctx.log.warn({ err: error }, 'overdue alert announce failed'),
      );
    }
    return counts;
  });
  queue.process('index-cases', 1, async () => ({ sent: await indexChangedCases(ctx) }));
  // Replace schedules left by an earlier run with other intervals.
  for (const job of await queue.getRepeatableJobs()) await queue.removeRepeatableByKey(job.key);
  await queue.add('escalate', {}, { repeat: { every: escalateEveryMs }, jobId: 'escalate' });
  await queue.add('index-cases', {}, { repeat: { every: indexEveryMs }, jobId: 'index-cases' });
  return { queue, close: () => queue.close() };
}
