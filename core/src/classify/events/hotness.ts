/**
 * The published hotness formula (热度). The admin shows `hotnessFormula`; keep the text and the code in step.
 *
 *   热度 H = 40·ln(1 + N) + 15·ln(1 + L + D) + 10·ln(1 + R) + 20·S_neg + 15·G + 15·ln(1 + M)
 *
 * N messages in the event, L likes, D dislikes (both are attention), R replies/comments,
 * S_neg share of negative messages (0–1), G growth: share of the event's messages from the last 24 h
 * (0–1), M persistence: months (whole days ÷ 30) from its first to its last message. Logarithms keep
 * one viral post from outranking a matter many people write about. Growth and persistence are the
 * two sides of time with the same weight: a matter that flares up now, and one citizens keep raising
 * month after month because it is not resolved (反复反映、久拖未决).
 */
export const hotnessFormula = {
  zh: '热度 = 40·ln(1+留言数) + 15·ln(1+点赞数+反对数) + 10·ln(1+回复数) + 20·负面占比 + 15·近24小时增长占比 + 15·ln(1+持续月数)',
  en: 'hotness = 40·ln(1+messages) + 15·ln(1+likes+dislikes) + 10·ln(1+replies) + 20·negative share + 15·share of the last 24 h + 15·ln(1+months from first to last message)',
} as const;

export interface HotnessInput {
  messages: number;
  likes: number;
  dislikes: number;
  replies: number;
  negativeShare: number;
  recentShare: number;
  /** Days from the first to the last message (fractions are dropped). */
  spanDays: number;
}

export function hotness(e: HotnessInput): number {
  const h =
    40 * Math.log1p(e.messages) +
    15 * Math.log1p(e.likes + e.dislikes) +
    10 * Math.log1p(e.replies) +
    20 * e.negativeShare +
    15 * e.recentShare +
    15 * Math.log1p(Math.floor(Math.max(0, e.spanDays)) / 30);
  return Math.round(h * 100) / 100;
}
