import { outboxWritten } from '@desk/core/store';
import type { MiddlewareHandler } from 'hono';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After a request that may have written (any method but a read), end this process's snapshot of the
 * search outbox: its transactions have committed by then, so a search that follows re-reads the outbox
 * and serves what the write changed from the database (`awaitingReindex`).
 */
export const endReindexSnapshotAfterWrites: MiddlewareHandler = async (c, next) => {
  await next();
  if (!READS.has(c.req.method)) outboxWritten();
};
