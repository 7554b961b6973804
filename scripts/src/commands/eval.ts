import {
  type Evaluation,
  evaluateClassifierRuns,
  formatEvaluation,
  type LabelledDocument,
  summarizeRuns,
} from '@desk/core/classify';
import type { Command } from 'commander';
import { runHotspotEval } from './eval-hotspots';
import { registerSentimentEval } from './eval-sentiment';
import { readJsonl } from './jsonl';

interface SplitOptions {
  train: string;
  test?: string;
  folds: string;
  repeats: string;
  holdout?: string;
}

type Row = Record<string, unknown>;

const toDocument = (r: Row): LabelledDocument => ({
  title: String(r.title ?? ''),
  body: typeof r.body === 'string' ? r.body : undefined,
  label: String(r.category ?? r.label ?? ''),
});

function describe(options: SplitOptions): string {
  if (options.test) return `trained on ${options.train}, tested on ${options.test}`;
  const runs = Number(options.repeats) > 1 ? ` × ${options.repeats} runs` : '';
  return options.holdout
    ? `stratified grouped ${options.holdout} held-out split${runs} of ${options.train}`
    : `grouped ${options.folds}-fold cross-validation${runs} of ${options.train}`;
}

/** Several runs: each run's macro-F1, then per class the mean F1 and its spread over the runs. */
function printRuns(runs: Evaluation[]) {
  for (const [i, run] of runs.entries()) console.log(`run ${i + 1}: macro-F1 ${run.macroF1.toFixed(4)}`);
  const summary = summarizeRuns(runs);
  for (const c of summary.perClass)
    console.log(`F1 ${c.label.padEnd(10, '\u3000')} ${c.f1.toFixed(4)} ± ${c.sd.toFixed(4)}`);
  console.log(`sd of macro-F1 over ${runs.length} runs ${summary.macroF1Sd.toFixed(4)}`);
  return summary.macroF1;
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
    .option('--repeats <n>', 'independent runs (folds drawn anew, or held-out seeds)', '1')
    .option('--holdout <share>', 'stratified grouped held-out splits of this share instead of CV')
    .action(async (options: SplitOptions) => {
      const started = Date.now();
      const train = (await readJsonl(options.train)).map(toDocument).filter((d) => d.title && d.label);
      const test = options.test
        ? (await readJsonl(options.test)).map(toDocument).filter((d) => d.title)
        : null;
      console.log(describe(options));
      const runs = evaluateClassifierRuns(train, test, {
        folds: Number(options.folds),
        repeats: Math.max(1, Number(options.repeats)),
        holdout: options.holdout ? Number(options.holdout) : undefined,
      });
      const macroF1 = runs.length === 1 ? runs[0]!.macroF1 : printRuns(runs);
      if (runs.length === 1) print(runs[0]!, started);
      else console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`macro-F1 ${macroF1.toFixed(4)}`);
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
