import { existingDedupeKeys, originalFingerprints, reserveMessageIds } from '@desk/core/store';
import {
  decodeSignature,
  fingerprintBands,
  minhash,
  NEAR_DUPLICATE_SIMILARITY,
  segment,
  similarity,
} from '@desk/core/text';
import type { BatchContext, DedupedItem, NormalizedItem, StageResult } from './types';

interface Original {
  id: number;
  minhash: number[];
  item?: DedupedItem;
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

/** Earlier originals (stored within the window) that share a band with this batch, by band. */
async function storedCandidates(bands: number[], ctx: BatchContext): Promise<Map<number, Original[]>> {
  const byBand = new Map<number, Original[]>();
  const hits = await ctx.bands.lookup(bands);
  if (hits.size === 0) return byBand;
  const since = new Date(ctx.fetchedAt.getTime() - ctx.tuning.nearDuplicateWindowDays * 86_400_000);
  const fingerprints = await originalFingerprints(ctx.db, [...new Set(hits.values())], since);
  for (const [band, id] of hits) {
    const fp = fingerprints.get(id);
    if (fp) byBand.set(band, [{ id, minhash: decodeSignature(fp) }]);
  }
  return byBand;
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
      const better = !best || score > best.score || (score === best.score && original.id < best.original.id);
      if (score >= NEAR_DUPLICATE_SIMILARITY && better) best = { original, score };
    }
  }
  return best?.original ?? null;
}

function remember(byBand: Map<number, Original[]>, original: Original, bands: number[]) {
  for (const band of bands) {
    const list = byBand.get(band);
    if (list) list.push(original);
    else byBand.set(band, [original]);
  }
}

/**
 * Stage 2: exact duplicates (same source + external id / canonical URL / text) are dropped; near
 * duplicates of web messages (MinHash over jieba tokens, LSH bands, within a window) are kept but
 * linked to the first message, which counts them. Portal inquiries are never merged here: each one
 * is a case of its own.
 */
export async function dedupe(items: NormalizedItem[], ctx: BatchContext): Promise<StageResult<DedupedItem>> {
  const exact = await dropExactDuplicates(items, ctx);
  const ids = await reserveMessageIds(ctx.db, exact.items.filter((i) => !i.id).length);
  let nextId = 0;
  const fingerprinted = exact.items.map((item): DedupedItem => {
    const id = item.id ?? ids[nextId++]!;
    const base = { ...item, id, duplicateOfId: null, repeats: 0 };
    if (item.kind !== 'web') return { ...base, tokens: null, minhash: null, bands: null };
    const tokens = segment(`${item.title}\n${item.body}`);
    const signature = minhash(tokens);
    return { ...base, tokens, minhash: signature, bands: fingerprintBands(signature) };
  });
  const byBand = await storedCandidates([...new Set(fingerprinted.flatMap((i) => i.bands ?? []))], ctx);
  for (const item of fingerprinted) {
    if (!item.minhash || !item.bands) continue;
    const original = bestOriginal(item.minhash, item.bands, byBand);
    if (!original) remember(byBand, { id: item.id, minhash: item.minhash, item }, item.bands);
    else {
      item.duplicateOfId = original.id;
      if (original.item) original.item.repeats++;
    }
  }
  return { items: fingerprinted, dropped: exact.dropped };
}
