import { ensureSource } from '@desk/core/store';
import type { IngestContext } from './context';
import { DEMO_SOURCE } from './demo/feed';
import { startPipeline } from './pipeline';
import { startCaseIntake } from './stages/case-intake';
import { startSlaWorkers } from './stages/sla';

export { type BatchSummary, runIngestBatch } from './batch';
export type { IngestContext } from './context';
export { createDemoFeed, inquiryItem, webItem } from './demo/feed';
export { createGenerator, type GeneratedInquiry, type GeneratedMessage } from './demo/generator';
export { type ImportOptions, type ImportSummary, importFile } from './import-file';
export { toDocument } from './indexer/document';
export { type Indexer, startIndexer } from './indexer/indexer';
export { type Pipeline, startPipeline } from './pipeline';
export { handleCasesJob, startCaseIntake } from './stages/case-intake';
export { indexChangedCases, startSlaWorkers } from './stages/sla';
export { defaultTuning, type IngestTuning } from './tuning';

export interface IngestHandle {
  close(): Promise<void>;
}

/**
 * Start the ingest workers of this process: feed pulls on a schedule, the pipeline, the search indexer
 * and, with `ctx.demo`, the built-in demo feed. `close()` lets running jobs finish, then stops.
 */
export async function startIngest(ctx: IngestContext): Promise<IngestHandle> {
  if (ctx.demo) await ensureSource(ctx.db, DEMO_SOURCE);
  const pipeline = startPipeline(ctx);
  // Case workflow (issue 5): portal inquiries → cases; deadline escalation and the case index.
  const caseIntake = startCaseIntake(ctx);
  const sla = await startSlaWorkers(ctx);
  ctx.log.info({ demo: ctx.demo }, 'ingest workers started');
  return {
    close: async () => {
      await Promise.all([pipeline.close(), caseIntake.close(), sla.close()]);
    },
  };
}
