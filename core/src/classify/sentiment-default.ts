import type { sentimentLabelValues } from '../domain/training';
import type { Polarity } from './sentiment-lexicon';
import { type SentimentInput, type SentimentReason, sentimentEvidence } from './sentiment-rules';

export type SentimentLabel = (typeof sentimentLabelValues)[number];

/** A score, its label and the evidence that decided it (shown on the message page). */
export interface ExplainedSentiment {
  /** -1 (most negative) … 1 (most positive); |score| < NEUTRAL_BAND is 中性. */
  score: number;
  label: SentimentLabel;
  reasons: SentimentReason[];
}

/** Scores within ±NEUTRAL_BAND are 中性 (a model at p≈0.5, a balance of evidence). */
export const NEUTRAL_BAND = 0.3;

/**
 * Decision thresholds of the default (chosen on the development half of the labelled messages):
 * a grievance needs some complaint evidence, and more of it than a fraction of the question evidence,
 * because complaints are often phrased as questions ("为什么不给办？") while questions rarely complain.
 */
const NEGATIVE_MIN = 1.5;
const NEGATIVE_OVER_NEUTRAL = 0.6;
const POSITIVE_MIN = 2;
/** How many reasons the message page shows. */
const SHOWN_REASONS = 8;

const total = (reasons: SentimentReason[], polarity: Polarity) =>
  reasons.reduce((sum, r) => (r.polarity === polarity ? sum + r.weight : sum), 0);

/** Map evidence strength (≥ 0) into the label's part of [-1, 1]. */
const strength = (x: number) => NEUTRAL_BAND + (1 - NEUTRAL_BAND) * (1 - Math.exp(-Math.max(0, x) / 4));

function decide(n: number, z: number, p: number): { label: SentimentLabel; score: number } {
  if (p >= POSITIVE_MIN && p > n) return { label: '正面', score: strength(p - n) };
  // No evidence at all is 负面 (most writing to the city is a grievance); weak approval alone is not.
  if (n >= z * NEGATIVE_OVER_NEUTRAL && (n >= NEGATIVE_MIN || z + p === 0))
    return { label: '负面', score: -strength(n - z * NEGATIVE_OVER_NEUTRAL) };
  const balance = (p - n) / (p + n + z + 1);
  return { label: '中性', score: Math.max(-1, Math.min(1, balance)) * (NEUTRAL_BAND - 0.01) };
}

/** One reason per word or pattern and polarity: a word in title and body is one chip, weights summed. */
function merged(reasons: SentimentReason[]): SentimentReason[] {
  const byKey = new Map<string, SentimentReason>();
  for (const r of reasons) {
    if (r.weight <= 0) continue;
    const key = `${r.kind}|${r.text}|${r.polarity}|${r.modifier ?? ''}`;
    const seen = byKey.get(key);
    if (seen) seen.weight += r.weight;
    else byKey.set(key, { ...r });
  }
  return [...byKey.values()];
}

/** The reasons worth showing: those on the decided side first, strongest first. */
function shown(reasons: SentimentReason[], label: SentimentLabel): SentimentReason[] {
  const side: Polarity = label === '负面' ? 'negative' : label === '正面' ? 'positive' : 'neutral';
  return merged(reasons)
    .sort((a, b) => Number(b.polarity === side) - Number(a.polarity === side) || b.weight - a.weight)
    .slice(0, SHOWN_REASONS)
    .map((r) => ({ ...r, weight: Math.round(r.weight * 100) / 100 }));
}

/**
 * The desk's default sentiment of a citizen's message, without any trained model: the domain lexicon,
 * the complaint patterns, negation and degree words, and the inquiry type and category as signals.
 */
export function defaultSentiment(input: SentimentInput): ExplainedSentiment {
  const reasons = sentimentEvidence(input);
  const { label, score } = decide(
    total(reasons, 'negative'),
    total(reasons, 'neutral'),
    total(reasons, 'positive'),
  );
  return { score, label, reasons: shown(reasons, label) };
}
