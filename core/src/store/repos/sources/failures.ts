import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { ingestFailures } from '../../schema';

export type IngestFailure = typeof ingestFailures.$inferSelect;

/** Record a permanent ingest failure (bad feed, bad payload, rejected document) with its reason. */
export async function recordIngestFailure(
  db: Db,
  input: { stage: string; sourceId?: number | null; reason: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.insert(ingestFailures).values({
    stage: input.stage,
    sourceId: input.sourceId ?? null,
    reason: input.reason.slice(0, 2_000),
    detail: input.detail ?? {},
  });
}

export async function listIngestFailures(
  db: Db,
  options: { sourceId?: number; offset?: number; limit?: number } = {},
): Promise<{ rows: IngestFailure[]; total: number }> {
  const where = options.sourceId ? and(eq(ingestFailures.sourceId, options.sourceId)) : undefined;
  const rows = await db
    .select()
    .from(ingestFailures)
    .where(where)
    .orderBy(desc(ingestFailures.id))
    .offset(options.offset ?? 0)
    .limit(options.limit ?? 50);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(ingestFailures).where(where);
  return { rows, total: count?.n ?? 0 };
}
