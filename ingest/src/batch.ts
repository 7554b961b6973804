import { type IngestJob, IngestJobSchema } from '@desk/core';
import { type Db, recordNewItems, refreshGazetteer, type StoredBatch } from '@desk/core/store';
import { PermanentIngestError } from './sources/errors';
import type { BandIndex } from './stages/band-index';
import { classify } from './stages/classify';
import { dedupe } from './stages/dedupe';
import { enrich } from './stages/enrich';
import { normalize } from './stages/normalize';
import { store } from './stages/store';
import type { BatchContext, DedupedItem, DropReason, NormalizedItem } from './stages/types';
import type { IngestTuning } from './tuning';

export interface BatchSummary {
  read: number;
  /** Messages stored by this run (near duplicates included, linked to their original). */
  stored: number;
  nearDuplicates: number;
  dropped: Record<DropReason, number>;
  /** Portal inquiries of this batch now in the database (new or stored before): each needs a case. */
  inquiryIds: number[];
  storedIds: number[];
}

/**
 * One batch through the pipeline: normalize → dedupe → enrich → classify → store. The indexing stage
 * runs on its own (the outbox written by store). The order of stages is declared here and nowhere else.
 */
export async function runIngestBatch(
  payload: IngestJob,
  deps: { db: Db; tuning: IngestTuning; bands: BandIndex },
): Promise<BatchSummary> {
  const parsed = IngestJobSchema.safeParse(payload);
  if (!parsed.success)
    throw new PermanentIngestError(`invalid ingest job: ${parsed.error.issues[0]?.message}`);
  const { sourceId, fetchedAt, items } = parsed.data;
  const ctx: BatchContext = {
    db: deps.db,
    sourceId,
    fetchedAt: new Date(fetchedAt),
    tuning: deps.tuning,
    bands: deps.bands,
  };

  const normalized = normalize(items, ctx);
  const deduped = await dedupe(normalized.items, ctx);
  await refreshGazetteer(deps.db); // region tags follow the administrator's places within seconds
  const enriched = enrich(deduped.items);
  const classified = await classify(enriched.items, ctx);
  const stored = await store(classified.items, ctx);
  await recordBands(classified.items, stored, ctx);

  const dropped = [...(normalized.dropped ?? []), ...(deduped.dropped ?? [])];
  const originals = stored.inserted.filter((m) => m.duplicateOfId === null).length;
  await recordNewItems(deps.db, new Map([[sourceId, originals]]), ctx.fetchedAt);
  return {
    read: items.length,
    stored: stored.inserted.length,
    nearDuplicates: stored.inserted.length - originals,
    dropped: countReasons(dropped),
    inquiryIds: inquiryIds(stored.inserted, dropped),
    storedIds: stored.inserted.map((m) => m.id),
  };
}

/** After the commit: the new originals become near-duplicate candidates for later messages. */
async function recordBands(items: DedupedItem[], stored: StoredBatch, ctx: BatchContext) {
  const inserted = new Set(stored.inserted.filter((m) => m.duplicateOfId === null).map((m) => m.id));
  await ctx.bands.record(
    items.flatMap((i) => (i.bands && inserted.has(i.id) ? [{ id: i.id, bands: i.bands }] : [])),
  );
}

function countReasons(dropped: { reason: DropReason }[]): Record<DropReason, number> {
  const counts: Record<DropReason, number> = { duplicate: 0, empty: 0 };
  for (const d of dropped) counts[d.reason]++;
  return counts;
}

/** Inquiries stored now, and those found already stored (a retry after a crash re-sends their case job). */
function inquiryIds(
  inserted: { id: number; kind: string }[],
  dropped: { reason: DropReason; item: NormalizedItem }[],
) {
  const ids = inserted.filter((m) => m.kind === 'inquiry').map((m) => m.id);
  for (const d of dropped)
    if (d.reason === 'duplicate' && d.item.kind === 'inquiry' && d.item.id) ids.push(d.item.id);
  return [...new Set(ids)];
}
