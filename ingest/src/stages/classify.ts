import type { ClassifiedItem, EnrichedItem, StageResult } from './types';

/**
 * Stage 4: topic and sentiment. A pass-through for now that leaves both null: the topic classifier
 * and sentiment scoring are the Topics issue's (core/src/classify), which fills this stage in.
 */
export async function classify(items: EnrichedItem[]): Promise<StageResult<ClassifiedItem>> {
  return {
    items: items.map((item) => ({
      ...item,
      topic: null,
      topicConfidence: null,
      topicSource: null,
      sentiment: null,
      sentimentLabel: null,
    })),
  };
}
