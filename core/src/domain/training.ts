import { z } from 'zod';

/** One labelled row of an upload (CSV or JSONL): title, optional body, category. */
export const TopicExampleSchema = z.object({
  title: z.string().trim().min(1).max(2_000),
  body: z.string().max(20_000).nullish(),
  category: z.string().trim().min(1).max(32),
});
/** The desk's three sentiment labels (负面 = grievance, 中性 = question or suggestion, 正面 = praise). */
export const sentimentLabelValues = ['负面', '中性', '正面'] as const;
export const SentimentLabelSchema = z.enum(sentimentLabelValues);

/** 0/1 review corpora (1 = positive) or the three labels; stored as the three labels. */
const binaryOrThree = z
  .union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1'), SentimentLabelSchema])
  .transform((l) => (String(l) === '0' ? '负面' : String(l) === '1' ? '正面' : (l as string)));
export const SentimentExampleSchema = z.object({
  text: z.string().trim().min(1).max(5_000),
  label: binaryOrThree,
});

/** An officer's correction of a message's sentiment on the desk; it also becomes a training example. */
export const SentimentConfirmSchema = z.object({ label: SentimentLabelSchema });

/** Confirm or correct the topic of a message on the desk; it also becomes a training example. */
export const TopicConfirmSchema = z.object({ topic: z.string().trim().min(1).max(32) });
