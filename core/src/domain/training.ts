import { z } from 'zod';

/** One labelled row of an upload (CSV or JSONL): title, optional body, category. */
export const TopicExampleSchema = z.object({
  title: z.string().trim().min(1).max(2_000),
  body: z.string().max(20_000).nullish(),
  category: z.string().trim().min(1).max(32),
});
export const SentimentExampleSchema = z.object({
  text: z.string().trim().min(1).max(5_000),
  label: z.union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]).transform(Number),
});

/** Confirm or correct the topic of a message on the desk; it also becomes a training example. */
export const TopicConfirmSchema = z.object({ topic: z.string().trim().min(1).max(32) });
