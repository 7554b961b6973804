import { ensureSource } from '@desk/core/store';
import type { IngestContext } from './context';
import { DEMO_SOURCE } from './demo/feed';
import { startPipeline } from './pipeline';

export { type BatchSummary, runIngestBatch } from './batch';
export type { IngestContext } from './context';
export { createDemoFeed, inquiryItem, webItem } from './demo/feed';
export { createGenerator, type GeneratedInquiry, type GeneratedMessage } from './demo/generator';
export { type ImportOptions, type ImportSummary, importFile } from './import-file';
export { type Indexer, startIndexer } from './indexer/indexer';
export { indexChangedCases } from './jobs/index-cases';
export { watchOutboxLag } from './metrics';
export { type Pipeline, type PipelineOptions, startPipeline } from './pipeline';
export { forgetBandIndex, memoryBandIndex } from './stages/band-index';
export { defaultTuning, type IngestTuning } from './tuning';

export interface IngestHandle {
  close(): Promise<void>;
}

/**
 * Start the workers of this process (every job of the registry and the search indexer) and, with
 * `ctx.demo`, the built-in demo feed. `close()` lets running jobs finish, then stops.
 */
export async function startIngest(ctx: IngestContext): Promise<IngestHandle> {
  if (ctx.demo) await ensureSource(ctx.db, DEMO_SOURCE);
  const pipeline = await startPipeline(ctx);
  ctx.log.info({ demo: ctx.demo }, 'ingest workers started');
  return { close: () => pipeline.close() };
}
