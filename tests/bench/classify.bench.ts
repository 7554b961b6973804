import { existsSync, readFileSync } from 'node:fs';
import { matchingSchemes, matchRiskRules, type SchemeRule } from '@desk/core';
import {
  classifyMessage,
  guessTopic,
  lexiconSentiment,
  SentimentModel as Sentiment,
  type SentimentModel,
  seedCategories,
  TextClassifier,
} from '@desk/core/classify';
import { defaultRiskRules } from '@desk/core/store';
import { createGenerator } from '@desk/ingest';

/**
 * `npm run bench -- classify [--messages=5000]`: messages per second through topic classification,
 * sentiment, risk rules and monitoring-scheme matching, the CPU work of the classify and topics stages (no I/O).
 * Texts come from the 2020 泰迪杯 test messages when the shared data folder is present (read at run
 * time, never copied), else from the demo generator. Models are trained in the run on fixture rows.
 * Each line is the median of `--rounds` passes, in wall-clock time and per CPU-second of this process
 * (the second figure is steadier on a shared, busy machine).
 */
const DATA = '../shared/data';
const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};

function loadTexts(n: number): { title: string; body: string }[] {
  const file = `${DATA}/tipdm2020c-messages-unlabeled-test/messages.jsonl`;
  if (existsSync(file)) {
    const rows = readFileSync(file, 'utf8').trim().split('\n').slice(0, n);
    return rows.map((l) => JSON.parse(l) as { title: string; body: string });
  }
  const generator = createGenerator({ seed: 1 });
  return Array.from({ length: n }, () => generator.message(new Date()));
}

function trainTopicModel(): TextClassifier | null {
  const file = `${DATA}/tipdm2020c-messages-full/messages.jsonl`;
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return TextClassifier.train(rows.map((r) => ({ title: r.title, body: r.body, label: r.category })));
}

function trainSentimentModel(): SentimentModel | null {
  const file = `${DATA}/chnsenticorp-htl/reviews.jsonl`;
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return Sentiment.train(
    rows.filter((r) => r.text).map((r) => ({ title: r.text, label: r.label === 1 ? '正面' : '负面' })),
  );
}

/** Fifty schemes built from the seed keywords: region words × subject words × event words. */
function schemes(): SchemeRule[] {
  const regions = ['珠山区', '昌江区', '浮梁县', '乐平市', '高新区', 'A市', 'A1区', 'A2区', 'A3区', 'A7县'];
  return Array.from({ length: 50 }, (_, i) => {
    const cat = seedCategories[i % seedCategories.length]!;
    return {
      id: i + 1,
      regionWords: [regions[i % regions.length]!],
      subjectWords: cat.keywords.slice(0, 6),
      eventWords: i % 2 ? ['投诉', '举报', '反映'] : [],
      excludeWords: ['广告'],
      sourceIds: [],
      channels: [],
      regions: [],
    };
  });
}

type Text = { title: string; body: string };

function pass(texts: Text[], fn: (t: Text) => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const t of texts) fn(t);
  const cpu = process.cpuUsage(cpuStart);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  return { wall: texts.length / wall, cpu: texts.length / ((cpu.user + cpu.system) / 1e6) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function timed(label: string, texts: Text[], rounds: number, fn: (t: Text) => void) {
  for (const t of texts.slice(0, 50)) fn(t); // warm-up: dictionaries, JIT
  const runs = Array.from({ length: rounds }, () => pass(texts, fn));
  const wall = median(runs.map((r) => r.wall)).toFixed(0);
  const cpu = median(runs.map((r) => r.cpu)).toFixed(0);
  console.log(`${label.padEnd(48)} ${wall.padStart(7)} messages/s  (${cpu.padStart(6)} per CPU-second)`);
}

export async function run(args: string[]) {
  const texts = loadTexts(arg(args, 'messages', 2_801));
  const rules = seedCategories.map((c) => ({ category: c.category, keywords: c.keywords }));
  const trainStart = Date.now();
  const topicModel = trainTopicModel();
  const sentimentModel = trainSentimentModel();
  console.log(
    `${texts.length} messages; models trained in ${((Date.now() - trainStart) / 1000).toFixed(1)} s`,
  );
  const plan = schemes();
  const matchInput = (t: { title: string; body: string }) => ({
    ...t,
    sourceId: 1,
    channel: 'web',
    region: null,
  });
  const rounds = arg(args, 'rounds', 3);
  const time = (label: string, fn: (t: Text) => void) => timed(label, texts, rounds, fn);
  time('topic: keyword rules', (t) => guessTopic(t, rules, null));
  if (topicModel) time('topic: trained model', (t) => guessTopic(t, rules, topicModel));
  time('sentiment: lexicon', (t) => lexiconSentiment(`${t.title}\n${t.body}`));
  if (sentimentModel) time('sentiment: trained model', (t) => sentimentModel.score(`${t.title}\n${t.body}`));
  const risk = defaultRiskRules.map((r, i) => ({ id: i + 1, ...r }));
  time('schemes: 50 active schemes', (t) => matchingSchemes(plan, matchInput(t)));
  time('risk: shipped risk rules', (t) => matchRiskRules(risk, t));
  time('all: model topic + default sentiment + risk + 50 schemes', (t) => {
    classifyMessage(t, { rules, topicModel });
    matchRiskRules(risk, t);
    matchingSchemes(plan, matchInput(t));
  });
  time('all: model topic + model sentiment + risk + 50 schemes', (t) => {
    classifyMessage(t, { rules, topicModel, sentimentModel });
    matchRiskRules(risk, t);
    matchingSchemes(plan, matchInput(t));
  });
}
