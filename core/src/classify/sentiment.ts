import type { SentimentSource } from '../domain/message';
import { sentimentLabelValues } from '../domain/training';
import { StaleModelError, TextClassifier } from './classifier';
import type { Document, FeatureBag, FeatureSpec } from './features';
import {
  defaultSentiment,
  type ExplainedSentiment,
  NEUTRAL_BAND,
  type SentimentLabel,
} from './sentiment-default';
import {
  SENTIMENT_MODEL_FORMAT,
  SentimentEnsemble,
  type SentimentTrainingExample,
  type SerializedSentimentModel,
  trainSentimentParts,
} from './sentiment-model';
import type { SentimentInput, SentimentReason } from './sentiment-rules';

export type { SentimentSource } from '../domain/message';
export { sentimentSources } from '../domain/message';
export { NEUTRAL_BAND, type SentimentLabel } from './sentiment-default';
export type { SentimentInput, SentimentReason } from './sentiment-rules';
export const sentimentLabels = sentimentLabelValues;

export interface SentimentResult extends ExplainedSentiment {
  source: SentimentSource;
}

export function labelForScore(score: number): SentimentLabel {
  if (score <= -NEUTRAL_BAND) return '负面';
  if (score >= NEUTRAL_BAND) return '正面';
  return '中性';
}

/** 0/1 corpora (ChnSentiCorp and similar: 1 = positive) and the desk's three labels, as one label. */
export function normalizeSentimentLabel(label: unknown): SentimentLabel | null {
  const text = String(label ?? '').trim();
  if (text === '0' || text === 'negative') return '负面';
  if (text === '1' || text === 'positive') return '正面';
  if (text === 'neutral') return '中性';
  return (sentimentLabels as readonly string[]).includes(text) ? (text as SentimentLabel) : null;
}

/** The desk's default before any model is activated: lexicon, patterns and signals (sentiment-rules). */
export function lexiconSentiment(input: SentimentInput | string): SentimentResult {
  const doc = typeof input === 'string' ? { title: input } : input;
  return { ...defaultSentiment(doc), source: 'lexicon' };
}

/**
 * A trained sentiment model: the ensemble of sentiment-model.ts over the labels it was trained on.
 * Two labels (a 0/1 review corpus) leave 中性 to the neutral band; three labels decide it directly.
 */
export class SentimentModel {
  private constructor(private readonly ensemble: SentimentEnsemble | LegacyBinary) {}

  static train(examples: SentimentTrainingExample[]): SentimentModel {
    return new SentimentModel(new SentimentEnsemble(trainSentimentParts(examples)));
  }

  get featureSpec(): FeatureSpec {
    return this.ensemble.spec;
  }

  get labels(): string[] {
    return this.ensemble.labels;
  }

  features(doc: Document): FeatureBag {
    return this.ensemble.features(doc);
  }

  score(doc: Document | string): SentimentResult {
    return this.scoreFeatures(this.features(typeof doc === 'string' ? { title: doc } : doc));
  }

  /** Score features already extracted, e.g. shared with the topic model (same spec). */
  scoreFeatures(bag: FeatureBag, reasons: SentimentReason[] = []): SentimentResult {
    const p = this.ensemble.probabilities(bag);
    const of = (label: string) => p[this.labels.indexOf(label)] ?? 0;
    const score = of('正面') - of('负面');
    const label =
      this.labels.length > 2
        ? (this.labels[p.indexOf(Math.max(...p))] as SentimentLabel)
        : labelForScore(score);
    return { score, label, reasons, source: 'model' };
  }

  /** The 0/1 decision, for accuracy against binary corpora. */
  polarity(doc: Document | string): 0 | 1 {
    return this.score(doc).score >= 0 ? 1 : 0;
  }

  serialize(): SerializedSentimentModel {
    if (this.ensemble instanceof LegacyBinary) throw new StaleModelError('legacy models are read-only');
    return this.ensemble.serialize();
  }

  /** A stored model; the first release's single regression is still read, unusable ones throw. */
  static deserialize(data: unknown): SentimentModel {
    const format = (data as { format?: unknown } | null)?.format;
    if (format === SENTIMENT_MODEL_FORMAT)
      return new SentimentModel(SentimentEnsemble.deserialize(data as SerializedSentimentModel));
    return new SentimentModel(new LegacyBinary(TextClassifier.deserialize(data)));
  }
}

/** The first release stored one regression over the labels '0' / '1'. */
class LegacyBinary {
  constructor(private readonly classifier: TextClassifier) {}
  readonly labels = ['负面', '正面'];
  get spec(): FeatureSpec {
    return this.classifier.featureSpec;
  }
  features(doc: Document): FeatureBag {
    return this.classifier.features(doc);
  }
  probabilities(bag: FeatureBag): number[] {
    const ranking = this.classifier.predictFeatures(bag).ranking;
    const positive = ranking.find((r) => r.label === '1')?.probability ?? 0.5;
    return [1 - positive, positive];
  }
}
