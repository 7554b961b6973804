import { type PreparedMessage, type StoredBatch, storeMessageBatch } from '@desk/core/store';
import { encodeSignature } from '@desk/core/text';
import type { BatchContext, ClassifiedItem } from './types';

function prepare(item: ClassifiedItem, ctx: BatchContext): PreparedMessage {
  const contact = item.raw.contact;
  const hasPii = item.piiKinds.length > 0 || item.contactMasked !== null;
  return {
    values: {
      id: item.id,
      sourceId: ctx.sourceId,
      dedupeKey: item.dedupeKey,
      externalId: item.externalId,
      url: item.url,
      kind: item.kind,
      channel: item.channel,
      inquiryType: item.inquiryType,
      title: item.masked.title,
      body: item.masked.body,
      author: item.masked.author,
      contactMasked: item.contactMasked,
      piiKinds: item.piiKinds,
      region: item.region,
      keywords: item.keywords,
      likes: item.likes,
      replies: item.replies,
      publishedAt: item.publishedAt,
      fetchedAt: ctx.fetchedAt,
      receivedAt: item.receivedAt,
      fingerprint: item.minhash ? encodeSignature(item.minhash) : null,
      duplicateOfId: item.duplicateOfId,
      duplicateCount: item.repeats,
      topic: item.topic,
      topicConfidence: item.topicConfidence,
      topicSource: item.topicSource,
      sentiment: item.sentiment,
      sentimentLabel: item.sentimentLabel,
      sentimentSource: item.sentimentSource,
      sentimentReasons: item.sentimentReasons,
      riskLevel: item.riskLevel,
      riskHits: item.riskHits,
    },
    pii: hasPii
      ? {
          title: item.title,
          body: item.body,
          author: item.author,
          contactName: contact?.name ?? null,
          contactPhone: contact?.phone ?? null,
          contactEmail: contact?.email ?? null,
        }
      : undefined,
  };
}

/**
 * Stage 5: one transaction per batch: masked messages, their originals, duplicate counts and the
 * search outbox. Idempotent: a key already stored is skipped, so a retried batch adds nothing.
 */
export function store(items: ClassifiedItem[], ctx: BatchContext): Promise<StoredBatch> {
  return storeMessageBatch(
    ctx.db,
    items.map((item) => prepare(item, ctx)),
  );
}
