import { TOPIC_REVIEW_THRESHOLD } from '../domain/category';
import type { TextClassifier } from './classifier';
import type { Document, FeatureBag } from './features';
import { type CategoryRule, matchKeywordRules } from './keyword-rules';

/** Below this confidence a topic is shown as "needs review" (待复核); see core's category domain. */
export const REVIEW_THRESHOLD = TOPIC_REVIEW_THRESHOLD;

export interface TopicGuess {
  topic: string | null;
  confidence: number;
  source: 'rule' | 'model';
  needsReview: boolean;
  /** Keywords behind a rule guess (shown as the reason). */
  hits?: string[];
}

/**
 * The topic of a message: the trained model when there is one (falling back to the keyword rules when
 * the model is unsure and a rule is surer), else the keyword rules. `features` may be passed when the
 * message was already featurised with the model's spec (see classifyMessage).
 */
export function guessTopic(
  doc: Document,
  rules: CategoryRule[],
  model?: TextClassifier | null,
  features?: FeatureBag,
): TopicGuess {
  const rule = matchKeywordRules(doc, rules);
  if (model) {
    const p = features ? model.predictFeatures(features) : model.predict(doc);
    if (!rule || p.confidence >= REVIEW_THRESHOLD || p.confidence >= rule.confidence) {
      return {
        topic: p.label,
        confidence: p.confidence,
        source: 'model',
        needsReview: p.confidence < REVIEW_THRESHOLD,
      };
    }
  }
  if (!rule) return { topic: null, confidence: 0, source: 'rule', needsReview: true };
  return {
    topic: rule.category,
    confidence: rule.confidence,
    source: 'rule',
    needsReview: rule.confidence < REVIEW_THRESHOLD,
    hits: rule.hits,
  };
}
