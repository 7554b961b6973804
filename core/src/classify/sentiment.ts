import { type SerializedClassifier, TextClassifier } from './classifier';
import type { Document, FeatureBag, FeatureSpec } from './features';
import { scoreLexicon } from './sentiment-lexicon';

export const sentimentLabels = ['负面', '中性', '正面'] as const;
export type SentimentLabel = (typeof sentimentLabels)[number];

export interface SentimentResult {
  /** -1 (most negative) … 1 (most positive). */
  score: number;
  label: SentimentLabel;
}

/** Scores within ±NEUTRAL_BAND are 中性: a model at p≈0.5 or a lexicon hit balance is no opinion. */
export const NEUTRAL_BAND = 0.3;

export function labelForScore(score: number): SentimentLabel {
  if (score <= -NEUTRAL_BAND) return '负面';
  if (score >= NEUTRAL_BAND) return '正面';
  return '中性';
}

export interface SentimentExample {
  text: string;
  /** 1 = positive, 0 = negative (the convention of ChnSentiCorp and similar corpora). */
  label: 0 | 1;
}

/** A trained binary sentiment model; the score is 2·P(positive) − 1. */
export class SentimentModel {
  private constructor(private readonly classifier: TextClassifier) {}

  static train(examples: SentimentExample[]): SentimentModel {
    const docs = examples.map((e) => ({ title: e.text, label: String(e.label) }));
    return new SentimentModel(TextClassifier.train(docs, { titleOnlyCopies: false }));
  }

  score(text: string): SentimentResult {
    return this.scoreFeatures(this.classifier.features({ title: text }));
  }

  get featureSpec(): FeatureSpec {
    return this.classifier.featureSpec;
  }

  /** Features of a message (title and body) the way this model reads them. */
  features(doc: Document): FeatureBag {
    return this.classifier.features(doc);
  }

  /** Score features already extracted, e.g. shared with the topic model (same spec). */
  scoreFeatures(bag: FeatureBag): SentimentResult {
    const ranking = this.classifier.predictFeatures(bag).ranking;
    const positive = ranking.find((r) => r.label === '1')?.probability ?? 0.5;
    const score = 2 * positive - 1;
    return { score, label: labelForScore(score) };
  }

  /** The 0/1 decision, for accuracy against binary corpora. */
  polarity(text: string): 0 | 1 {
    return this.score(text).score >= 0 ? 1 : 0;
  }

  serialize(): SerializedClassifier {
    return this.classifier.serialize();
  }

  /** A stored model; older formats are converted, unusable ones throw StaleModelError. */
  static deserialize(data: unknown): SentimentModel {
    return new SentimentModel(TextClassifier.deserialize(data));
  }
}

/** The desk's default before any sentiment training: the word lists of sentiment-lexicon.ts. */
export function lexiconSentiment(text: string): SentimentResult {
  const score = scoreLexicon(text);
  return { score, label: labelForScore(score) };
}
