import { readFile } from 'node:fs/promises';
import { inquiryTypeOf } from '@desk/core';
import {
  evaluateSentimentRun,
  formatEvaluation,
  type SentimentInput,
  sentimentReport,
} from '@desk/core/classify';
import type { Command } from 'commander';
import { readJsonl } from './jsonl';

/** Where the hand-labelled ids of scripts/eval-data find their texts (never copied into the repo). */
const DEFAULT_TEXTS = '../shared/data/tipdm2020c-messages-full/messages.jsonl';

type Row = Record<string, unknown>;
type Labelled = SentimentInput & { label: unknown };

interface Options {
  test: string;
  train?: string;
  texts: string;
  split?: string;
  sample?: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A JSONL row as a message: `text`, or `title` + `body`/`content`; reviews have only `text`. */
export function toLabelled(r: Row): Labelled {
  const title = str(r.title) ?? str(r.text) ?? '';
  const body = str(r.title) ? (str(r.body) ?? str(r.content)) : undefined;
  const topic = str(r.category) ?? str(r.topic);
  const type = str(r.inquiryType) ?? str(r.type);
  return { title, body, inquiryType: type ? inquiryTypeOf(type) : undefined, topic, label: r.label };
}

/** id / label (/ split / sample) TSV joined to the texts file by id; rows are filtered by split and sample. */
export async function readLabelledIds(options: Options): Promise<Row[]> {
  const texts = new Map((await readJsonl(options.texts)).map((r) => [String(r.id), r]));
  const [header, ...lines] = (await readFile(options.test, 'utf8')).trim().split('\n');
  const columns = header!.split('\t');
  const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
  const splits = [...new Set(rows.map((row) => row.split).filter(Boolean))];
  if (options.split && !splits.includes(options.split))
    throw new Error(
      `${options.test} 中没有划分 / has no split "${options.split}" (划分 / splits: ${splits.join(', ') || '—'})`,
    );
  return rows.flatMap((row) => {
    const text = texts.get(String(row.id));
    if (!text || (options.split && row.split !== options.split)) return [];
    if (options.sample && row.sample !== options.sample) return [];
    return [{ ...text, label: row.label }];
  });
}

const readRows = async (file: string, options: Options) =>
  file.endsWith('.tsv') ? readLabelledIds(options) : readJsonl(file);

/** `desk eval sentiment --test FILE [--train FILE]`: recall per class, macro-F1, accuracy last. */
export function registerSentimentEval(evalCmd: Command) {
  evalCmd
    .command('sentiment')
    .description(
      '情感评估 / sentiment: the default, or a model trained on --train (labels 0/1 or 负面/中性/正面)',
    )
    .requiredOption('--test <file>', 'JSONL (text or title+body/content, label) or an id/label TSV')
    .option('--train <file>', 'JSONL to train a model on; without it the desk default is evaluated')
    .option('--texts <file>', 'texts joined to an id/label TSV by id', DEFAULT_TEXTS)
    .option(
      '--split <name>',
      'only rows of this split of an id/label TSV (its split column: dev…dev5, check, test)',
    )
    .option('--sample <name>', 'only rows of this sample of an id/label TSV (random, targeted)')
    .action(async (options: Options) => {
      const started = Date.now();
      const test = (await readRows(options.test, options)).map(toLabelled).filter((r) => r.title);
      const train = options.train
        ? (await readJsonl(options.train)).map(toLabelled).filter((r) => r.title)
        : undefined;
      console.log(
        train
          ? `model trained on ${options.train} (${train.length}), tested on ${options.test} (${test.length})`
          : `desk default (lexicon, patterns, signals) on ${options.test} (${test.length})`,
      );
      const result = evaluateSentimentRun(test, train);
      console.log(formatEvaluation(result));
      console.log(`(${result.mode}; ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      for (const line of sentimentReport(result)) console.log(line);
    });
}
