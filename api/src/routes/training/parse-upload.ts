import { AppError, SentimentExampleSchema, TopicExampleSchema } from '@desk/core';
import type { ExampleInput } from '@desk/core/store';
import { parse as parseCsv } from 'csv-parse/sync';

/** Largest number of rows in one upload (the admin sends big files in parts under the body limit). */
export const MAX_UPLOAD_ROWS = 20_000;

function rowsOf(text: string, format: 'jsonl' | 'csv'): Record<string, unknown>[] {
  if (format === 'csv')
    return parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new AppError('BAD_REQUEST', {
          zh: `第${i + 1}行不是有效的 JSON`,
          en: `line ${i + 1} is not valid JSON`,
        });
      }
    });
}

/**
 * Labelled examples from an uploaded JSONL or CSV text: topic rows need title (+ body) and category,
 * sentiment rows text and label 0/1 or 负面/中性/正面. Invalid rows are refused with their line numbers.
 */
export function parseExamples(
  text: string,
  format: 'jsonl' | 'csv',
  kind: 'topic' | 'sentiment',
): ExampleInput[] {
  const rows = rowsOf(text, format);
  if (rows.length > MAX_UPLOAD_ROWS) throw new AppError('PAYLOAD_TOO_LARGE');
  const bad: number[] = [];
  const out: ExampleInput[] = [];
  rows.forEach((row, i) => {
    if (kind === 'topic') {
      const parsed = TopicExampleSchema.safeParse(row);
      if (parsed.success)
        out.push({ title: parsed.data.title, body: parsed.data.body ?? null, label: parsed.data.category });
      else bad.push(i + 1);
    } else {
      const parsed = SentimentExampleSchema.safeParse(row);
      if (parsed.success) out.push({ title: parsed.data.text, label: parsed.data.label });
      else bad.push(i + 1);
    }
  });
  if (bad.length)
    throw new AppError(
      'BAD_REQUEST',
      { zh: '部分行缺少必填字段', en: 'Some rows lack required fields' },
      { rows: bad.slice(0, 50) },
    );
  return out;
}
