import type { InquiryType } from '../domain/message';
import type { TextClassifier } from './classifier';
import { type Document, type FeatureBag, sameSpec } from './features';
import type { CategoryRule } from './keyword-rules';
import { lexiconSentiment, type SentimentModel, type SentimentResult } from './sentiment';
import { guessTopic, type TopicGuess } from './topic';

export interface MessageModels {
  /** The categories' keyword rules: the first guess, and the fallback when the model is unsure. */
  rules: CategoryRule[];
  topicModel?: TextClassifier | null;
  /** An activated sentiment model (it beat the default on officer-confirmed examples), else none. */
  sentimentModel?: SentimentModel | null;
}

export interface MessageClassification {
  topic: TopicGuess;
  sentiment: SentimentResult;
}

/** What sentiment reads besides the text: the portal's request type (complaint 投诉, consultation 咨询 …). */
export interface ClassifiableMessage extends Document {
  inquiryType?: InquiryType | null;
}

/**
 * Topic and sentiment of one message. jieba and the n-grams run once: when both models read text the
 * same way (the default), the sentiment model scores the topic model's features of title and body. The
 * default's evidence (words, patterns, signals) is the explanation either way.
 */
export function classifyMessage(doc: ClassifiableMessage, models: MessageModels): MessageClassification {
  const { topicModel, sentimentModel } = models;
  const topicFeatures = topicModel?.features(doc);
  const topic = guessTopic(doc, models.rules, topicModel, topicFeatures);
  const byDefault = lexiconSentiment({ ...doc, topic: topic.topic });
  if (!sentimentModel) return { topic, sentiment: byDefault };
  const shared: FeatureBag | undefined =
    topicFeatures && sameSpec(topicFeatures.spec, sentimentModel.featureSpec) ? topicFeatures : undefined;
  const bag = shared ?? sentimentModel.features(doc);
  return { topic, sentiment: sentimentModel.scoreFeatures(bag, byDefault.reasons) };
}
