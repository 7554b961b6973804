import { type Pipeline, startPipeline } from '@desk/ingest';
import pino from 'pino';
import type { TestRuntime } from './runtime';

/** The ingest pipeline (workers and indexer) on a test runtime's services, quiet, with no demo feed. */
export function startTestPipeline(rt: TestRuntime): Promise<Pipeline> {
  return startPipeline({
    ...rt.ctx,
    db: rt.database.db,
    demo: false,
    log: pino({ level: 'silent' }),
    tuning: { hostGapMs: 0 },
  });
}
