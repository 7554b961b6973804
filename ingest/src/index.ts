import type { IngestContext } from './context';

export type { IngestContext } from './context';

export interface IngestHandle {
  close(): Promise<void>;
}

/** Start the ingest workers and repeatable jobs for this process. */
export async function startIngest(ctx: IngestContext): Promise<IngestHandle> {
  ctx.log.info('ingest workers started');
  return { close: async () => {} };
}
