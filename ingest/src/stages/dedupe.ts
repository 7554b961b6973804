import { existingDedupeKeys, nearDuplicateCandidates, reserveMessageIds } from '@desk/core/store';
import { fingerprintBands, minhash, NEAR_DUPLICATE_SIMILARITY, segment, similarity } from '@desk/core/text';
import type { BatchContext, DedupedItem, NormalizedItem, StageResult } from './types';

interface Original {
  id: number;
  minhash: number[];
}

/** Drop items whose key the source already has, or that repeat an earlier item of this batch. */
async function dropExactDuplicates(
  items: NormalizedItem[],
  ctx: BatchContext,
): Promise<StageResult<NormalizedItem>> {
  const existing = await existingDedupeKeys(
    ctx.db,
    ctx.sourceId,
    items.map((i) => i.dedupeKey),
  );
  const out: StageResult<NormalizedItem> = { items: [], dropped: [] };
  const seen = new Set<string>();
  for (const item of items) {
    const storedId = existing.get(item.dedupeKey);
    // The stored id lets the pipeline repeat follow-ups (case jobs) a crash may have cut short.
    if (storedId !== undefined) out.dropped!.push({ reason: 'duplicate', item: { ...item, id: storedId } });
    else if (seen.has(item.dedupeKey)) out.dropped!.push({ reason: 'duplicate', item });
    else {
      seen.add(item.dedupeKey);
      out.items.push(item);
    }
  }
  return out;
}

/** The most similar original sharing a band, if it is similar enough. */
function bestOriginal(
  signature: number[],
  bands: number[],
  byBand: Map<number, Original[]>,
): Original | null {
  let best: { original: Original; score: number } | null = null;
  for (const band of bands) {
    for (const original of byBand.get(band) ?? []) {
      const score = similarity(signature, original.minhash);
      if (
        score >= NEAR_DUPLICATE_SIMILARITY &&
        (!best || score > best.score || (score === best.score && original.id < best.original.id))
      )
        best = { original, score };
    }
  }
  return best?.original ?? null;
}

function index(byBand: Map<number, Original[]>, original: Original, bands: number[]) {
  for (const band of bands) {
    const list = byBand.get(band);
    if (list) list.push(original);
    else byBand.set(band, [original]);
  }
}

/**
 * Stage 2: exact duplicates (same source + external id / canonical URL / text) are dropped; near
 * duplicates of web messages (MinHash over jieba tokens, within a window) are kept but linked to the
 * first message, which counts them. Portal inquiries are never merged here: each one is a case.
 */
export async function dedupe(items: NormalizedItem[], ctx: BatchContext): Promise<StageResult<DedupedItem>> {
  const exact = await dropExactDuplicates(items, ctx);
  const ids = await reserveMessageIds(ctx.db, exact.items.filter((i) => !i.id).length);
  let nextId = 0;
  const fingerprinted = exact.items.map((item): DedupedItem => {
    const id = item.id ?? ids[nextId++]!;
    if (item.kind !== 'web') return { ...item, id, minhash: null, bands: null, duplicateOfId: null };
    const signature = minhash(segment(`${item.title}\n${item.body}`));
    return { ...item, id, minhash: signature, bands: fingerprintBands(signature), duplicateOfId: null };
  });
  const allBands = [...new Set(fingerprinted.flatMap((i) => i.bands ?? []))];
  const since = new Date(ctx.fetchedAt.getTime() - ctx.tuning.nearDuplicateWindowDays * 86_400_000);
  const byBand = new Map<number, Original[]>();
  for (const c of await nearDuplicateCandidates(ctx.db, allBands, since)) index(byBand, c, c.bands);
  const out: DedupedItem[] = [];
  for (const item of fingerprinted) {
    if (item.minhash && item.bands) {
      const original = bestOriginal(item.minhash, item.bands, byBand);
      if (original) item.duplicateOfId = original.id;
      else index(byBand, { id: item.id, minhash: item.minhash }, item.bands);
    }
    out.push(item);
  }
  return { items: out, dropped: exact.dropped };
}
