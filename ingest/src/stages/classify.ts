import { matchRiskRules, riskLevelOf } from '@desk/core';
import { classifyMessage } from '@desk/core/classify';
import { activeRiskRules, categoryRules, type Db, ModelCache } from '@desk/core/store';
import type { BatchContext, ClassifiedItem, EnrichedItem, StageResult } from './types';

/** One model cache per database (per process): models load once and refresh when a new one is trained. */
const caches = new WeakMap<Db, ModelCache>();
export function modelCacheFor(db: Db): ModelCache {
  const existing = caches.get(db);
  if (existing) return existing;
  const cache = new ModelCache(db);
  caches.set(db, cache);
  return cache;
}

/**
 * Stage 4: topic, sentiment and risk rules of each message (masked text). The topic comes from the trained model
 * when one is active, else from the categories' keyword rules; low confidence stays visible as
 * "needs review". Sentiment uses the trained sentiment model or the built-in lexicon.
 */
export async function classify(
  items: EnrichedItem[],
  ctx: Pick<BatchContext, 'db'>,
): Promise<StageResult<ClassifiedItem>> {
  if (items.length === 0) return { items: [] };
  const cache = modelCacheFor(ctx.db);
  const [rules, topicModel, sentimentModel, riskRules] = await Promise.all([
    categoryRules(ctx.db),
    cache.topicModel(),
    cache.sentimentModel(),
    activeRiskRules(ctx.db),
  ]);
  return {
    items: items.map((item) => {
      const doc = { title: item.masked.title, body: item.masked.body, inquiryType: item.inquiryType };
      const { topic, sentiment } = classifyMessage(doc, { rules, topicModel, sentimentModel });
      const riskHits = matchRiskRules(riskRules, doc);
      return {
        ...item,
        topic: topic.topic,
        topicConfidence: topic.topic ? topic.confidence : null,
        topicSource: topic.topic ? topic.source : null,
        sentiment: sentiment.score,
        sentimentLabel: sentiment.label,
        sentimentSource: sentiment.source,
        sentimentReasons: sentiment.reasons,
        riskHits,
        riskLevel: riskLevelOf(riskHits),
      };
    }),
  };
}
