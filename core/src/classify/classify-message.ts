import type { TextClassifier } from './classifier';
import { type Document, type FeatureBag, sameSpec } from './features';
import type { CategoryRule } from './keyword-rules';
import { lexiconSentiment, type SentimentModel, type SentimentResult } from './sentiment';
import { guessTopic, type TopicGuess } from './topic';

export interface MessageModels {
  /** The categories' keyword rules: the first guess, and the fallback when the model is unsure. */
  rules: CategoryRule[];
  topicModel?: TextClassifier | null;
  sentimentModel?: SentimentModel | null;
}

export interface MessageClassification {
  topic: TopicGuess;
  sentiment: SentimentResult;
}

/**
 * Topic and sentiment of one message. jieba and the n-grams run once: when both models read text the
 * same way (the default), the sentiment model scores the topic model's features of title and body.
 */
export function classifyMessage(doc: Document, models: MessageModels): MessageClassification {
  const { topicModel, sentimentModel } = models;
  const topicFeatures = topicModel?.features(doc);
  const topic = guessTopic(doc, models.rules, topicModel, topicFeatures);
  if (!sentimentModel) return { topic, sentiment: lexiconSentiment(`${doc.title}\n${doc.body ?? ''}`) };
  const shared: FeatureBag | undefined =
    topicFeatures && sameSpec(topicFeatures.spec, sentimentModel.featureSpec) ? topicFeatures : undefined;
  return { topic, sentiment: sentimentModel.scoreFeatures(shared ?? sentimentModel.features(doc)) };
}
