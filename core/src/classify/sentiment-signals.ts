import type { InquiryType } from '../domain/message';
import type { Polarity } from './sentiment-lexicon';

/**
 * What the message's metadata says before its words are read. A portal 投诉 is a grievance by the
 * writer's own choice; a 咨询 is a question unless its words say otherwise. The weights are those of
 * one strong lexicon word, so the text can still overrule them.
 */
export const inquiryTypeSignals: Readonly<Record<InquiryType, { polarity: Polarity; weight: number }>> = {
  complaint: { polarity: 'negative', weight: 3 },
  report: { polarity: 'negative', weight: 3 },
  help: { polarity: 'negative', weight: 2 },
  consultation: { polarity: 'neutral', weight: 2 },
  suggestion: { polarity: 'neutral', weight: 2 },
  disclosure: { polarity: 'neutral', weight: 3 },
};

/**
 * Categories whose messages are nearly always reports of harm (pollution, noise, unsafe buildings):
 * a small push towards 负面 when the words are unsure. Policy-heavy categories (social security,
 * family planning) carry many plain questions and get no push.
 */
export const categorySignals: Readonly<Record<string, number>> = {
  环境保护: 1,
  城乡建设: 0.5,
  商贸旅游: 0.5,
  交通运输: 0.5,
};

/** A long account of events is a grievance far more often than a question (questions are short). */
export const LONG_ACCOUNT_CHARS = 300;
export const LONG_ACCOUNT_WEIGHT = 1;
