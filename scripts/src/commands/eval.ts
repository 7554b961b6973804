import {
  type Evaluation,
  evaluateClassifier,
  formatEvaluation,
  type LabelledDocument,
} from '@desk/core/classify';
import type { Command } from 'commander';
import { runHotspotEval } from './eval-hotspots';
import { registerSentimentEval } from './eval-sentiment';
import { readJsonl } from './jsonl';

interface SplitOptions {
  train: string;
  test?: string;
  folds: string;
}

type Row = Record<string, unknown>;

const toDocument = (r: Row): LabelledDocument => ({
  title: String(r.title ?? ''),
  body: typeof r.body === 'string' ? r.body : undefined,
  label: String(r.category ?? r.label ?? ''),
});

function describe(options: SplitOptions): string {
  return options.test
    ? `trained on ${options.train}, tested on ${options.test}`
    : `grouped ${options.folds}-fold cross-validation of ${options.train}`;
}

function print(result: Evaluation, started: number) {
  console.log(formatEvaluation(result));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** `desk eval classify|sentiment|hotspots`: the figures the issue asks for, last line machine-readable. */
export function registerEvalCommands(program: Command) {
  const evalCmd = program
    .command('eval')
    .description('评估模型 / evaluate the classifiers and hotspot detection');
  evalCmd
    .command('classify')
    .description('分类器 macro-F1 (JSONL: title, body?, category)')
    .requiredOption('--train <file>', 'labelled JSONL to train on')
    .option('--test <file>', 'labelled JSONL to score; without it, grouped cross-validation of --train')
    .option('--folds <n>', 'folds for cross-validation', '5')
    .action(async (options: SplitOptions) => {
      const started = Date.now();
      const train = (await readJsonl(options.train)).map(toDocument).filter((d) => d.title && d.label);
      const test = options.test
        ? (await readJsonl(options.test)).map(toDocument).filter((d) => d.title)
        : null;
      console.log(describe(options));
      const result = evaluateClassifier(train, test, Number(options.folds));
      print(result, started);
      console.log(`macro-F1 ${result.macroF1.toFixed(4)}`);
    });
  registerSentimentEval(evalCmd);
  evalCmd
    .command('hotspots')
    .description('热点发现召回 (messages JSONL vs reference assignments JSONL)')
    .requiredOption('--messages <file>', 'messages JSONL: id, title, body, created_at, likes, dislikes')
    .requiredOption('--reference <file>', 'reference assignments JSONL: cluster_id, message_id')
    .option('--top <n>', 'how many events to compare against', '10')
    .action(async (options: { messages: string; reference: string; top: string }) => {
      await runHotspotEval(options.messages, options.reference, Number(options.top));
    });
}
