import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { type Database, loadIndexedMessages, openDatabase, outboxSize, schema } from '@desk/core/store';
import { keywordsFromTokens, segment } from '@desk/core/text';
import {
  createGenerator,
  type GeneratedMessage,
  type IngestTuning,
  startPipeline,
  toDocument,
} from '@desk/ingest';
import { createQueue, createRedis, deskEventsChannel } from '@desk/queue';
import { applySearchSettings, createSearchClient, indexUid, type SearchConfig } from '@desk/search-config';
import { eq, isNull, sql } from 'drizzle-orm';
import pino from 'pino';
import { peakRssMiB, startBenchServices } from './services';

/**
 * `npm run bench -- ingest [--n=20000] [--seconds=30] [--postgres]`
 * 1. end to end: N generated messages served as JSON feeds → pulled → pipeline → stored → searchable;
 * 2. raw Meilisearch: the same documents sent straight to a fresh index in large batches;
 * 3. freshness at 100 msg/s: a live feed grows by 10 items every 100 ms; fetch → searchable per message
 *    (the moment its `message.new` live event arrives).
 */
const FEEDS = 20;
const RATE_PER_SECOND = 100;

const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const jsonFeed = (items: GeneratedMessage[]) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '市民留言',
    items: items.map((m) => ({
      id: m.externalId,
      url: m.url,
      title: m.title,
      content_text: m.body,
      date_published: m.publishedAt.toISOString(),
      authors: [{ name: m.author }],
    })),
  });

async function feedServer(routes: Map<string, () => string>) {
  const server = createServer((req, res) => {
    const body = routes.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(body());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The pid of the process whose command line names `needle`. */
function pidOf(needle: string): string | undefined {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .find((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    });
}

/** Peak resident memory (VmHWM) of a process, in MiB. */
const peakMiBOf = (pid?: string) =>
  pid
    ? Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024)
    : null;

/** CPU seconds (user + system) a process has used so far; the box is shared, so CPU is the fair cost. */
function cpuSecondsOf(pid?: string): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function addSource(database: Database, name: string, url: string, intervalSeconds: number) {
  const [row] = await database.db
    .insert(schema.sources)
    .values({ name, type: 'json', url, intervalSeconds, nextPullAt: new Date() })
    .returning();
  return row!;
}

async function countOriginals(database: Database) {
  const [row] = await database.db
    .select({
      all: sql<number>`count(*)::int`,
      originals: sql<number>`count(*) filter (where duplicate_of_id is null)::int`,
    })
    .from(schema.messages);
  return row!;
}

export async function run(args: string[]) {
  const n = arg(args, 'n', 20_000);
  const seconds = arg(args, 'seconds', 30);
  const services = await startBenchServices({ postgres: args.includes('--postgres') });
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
  const database = await openDatabase(services.postgresUrl ? { url: services.postgresUrl, poolSize: 4 } : {});
  await database.migrate();
  const client = createSearchClient({ url: services.meili.url, apiKey: services.meili.apiKey });
  const searchConfig = (indexPrefix: string): SearchConfig => ({ ...services.meili, indexPrefix });
  await applySearchSettings(client, searchConfig('e2e_'));
  await applySearchSettings(client, searchConfig('raw_'));
  const redis = createRedis(services.redisUrl);
  const queue = { redisUrl: services.redisUrl, prefix: 'bench' };
  const tuning: Partial<IngestTuning> = { hostGapMs: 0, schedulerTickMs: 250 };
  console.log(`ingest bench: ${n} messages, ${database.kind}, ${FEEDS} JSON feeds on localhost`);

  // 1. End to end.
  const generator = createGenerator({ seed: 42, repostRate: 0, burstRate: 0.01 });
  const messages = Array.from({ length: n }, () => generator.message(new Date(Date.now() - 3_600_000)));
  const routes = new Map<string, () => string>();
  const perFeed = Math.ceil(n / FEEDS);
  for (let f = 0; f < FEEDS; f++) {
    const body = jsonFeed(messages.slice(f * perFeed, (f + 1) * perFeed));
    routes.set(`/feed/${f}.json`, () => body);
  }
  const server = await feedServer(routes);
  const announced = new Set<number>();
  const events = new Map<number, number>();
  const subscriber = redis.duplicate();
  await subscriber.subscribe(deskEventsChannel(queue.prefix));
  subscriber.on('message', (_channel, text: string) => {
    const event = JSON.parse(text) as { type: string; id: number };
    if (event.type !== 'message.new') return;
    announced.add(event.id);
    events.set(event.id, Date.now());
  });
  const e2eSearch = { client, config: searchConfig('e2e_') };
  const pipeline = startPipeline({
    db: database.db,
    redis,
    search: e2eSearch,
    queue,
    log,
    demo: false,
    tuning,
  });
  const ingestQueue = createQueue('ingest', queue);
  // A running desk is warm: load jieba's dictionaries before the clock starts.
  keywordsFromTokens(segment('景德镇市珠山区预热'));
  const meiliPid = pidOf(`127.0.0.1:${new URL(services.meili.url).port}`);
  const cpuBefore = { own: ownCpuSeconds(), meili: cpuSecondsOf(meiliPid) };
  const started = performance.now();
  for (let f = 0; f < FEEDS; f++)
    await addSource(database, `feed-${f}`, `${server.base}/feed/${f}.json`, 86_400);
  // Searchable = announced by the indexer (message.new is published once its Meilisearch task succeeded).
  // Later re-indexing (event links, topics) is not part of "fetch → searchable".
  let stored = { all: 0, originals: 0 };
  for (;;) {
    // Counting rows costs the embedded database CPU: only near the end (near duplicates are not announced).
    if (announced.size >= n * 0.99 || process.env.BENCH_PROGRESS) stored = await countOriginals(database);
    if (stored.all >= n && announced.size >= stored.originals) break;
    if (process.env.BENCH_PROGRESS)
      console.log(
        JSON.stringify({
          t: Math.round(performance.now() - started),
          ...stored,
          announced: announced.size,
          ...(await ingestQueue.getJobCounts()),
          outbox: await outboxSize(database.db),
        }),
      );
    await sleep(process.env.BENCH_PROGRESS ? 1_000 : 50);
  }
  const e2eSeconds = (performance.now() - started) / 1000;
  const searchable = announced.size;
  const e2eCpu = { own: ownCpuSeconds() - cpuBefore.own, meili: cpuSecondsOf(meiliPid) - cpuBefore.meili };
  const e2eRate = searchable / e2eSeconds;
  console.log(
    `end to end: ${stored.all} stored (${stored.all - stored.originals} near duplicates linked), ${searchable} searchable in ${e2eSeconds.toFixed(1)} s → ${Math.round(e2eRate)} msg/s`,
  );

  // 2. Raw Meilisearch on the very documents the pipeline indexed.
  const ids = (
    await database.db
      .select({ id: schema.messages.id })
      .from(schema.messages)
      .where(isNull(schema.messages.duplicateOfId))
  ).map((r) => r.id);
  const docs = (await loadIndexedMessages(database.db, ids)).map(toDocument);
  const raw = client.index(indexUid(searchConfig('raw_'), 'messages'));
  const rawStarted = performance.now();
  const tasks = [];
  for (let i = 0; i < docs.length; i += 5_000)
    tasks.push(await raw.addDocuments(docs.slice(i, i + 5_000), { primaryKey: 'id' }));
  await client.tasks.waitForTasks(
    tasks.map((t) => t.taskUid),
    { timeout: 0, interval: 50 },
  );
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  const rawCpu = cpuSecondsOf(meiliPid) - e2eCpu.meili - cpuBefore.meili;
  const rawRate = docs.length / rawSeconds;
  console.log(
    `raw meilisearch: ${docs.length} documents in ${rawSeconds.toFixed(1)} s → ${Math.round(rawRate)} docs/s`,
  );
  const perMessage = (seconds: number) => `${Math.round((seconds / searchable) * 1e6)} µs`;
  console.log(
    `cpu per message: end to end ingest process ${perMessage(e2eCpu.own)} + meilisearch ${perMessage(e2eCpu.meili)}; raw meilisearch ${perMessage(rawCpu)} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );

  // 3. Freshness at 100 msg/s.
  const live: GeneratedMessage[] = [];
  routes.set('/live.json', () => jsonFeed(live.slice(-500)));
  const liveSource = await addSource(database, 'live', `${server.base}/live.json`, 1);
  const total = seconds * RATE_PER_SECOND;
  const tick = 100;
  const liveStarted = Date.now();
  while (live.length < total) {
    const due = Math.min(total, Math.floor(((Date.now() - liveStarted) / 1000) * RATE_PER_SECOND));
    while (live.length < due) live.push(generator.message());
    await sleep(tick);
  }
  const liveRows = async () =>
    database.db
      .select({
        id: schema.messages.id,
        fetchedAt: schema.messages.fetchedAt,
        storedAt: schema.messages.createdAt,
        dup: schema.messages.duplicateOfId,
      })
      .from(schema.messages)
      .where(eq(schema.messages.sourceId, liveSource.id));
  let rows = await liveRows();
  for (
    let wait = 0;
    wait < 100 && (rows.length < total - 5 || rows.some((r) => !r.dup && !events.has(r.id)));
    wait++
  ) {
    await sleep(100);
    rows = await liveRows();
  }
  const freshness = rows
    .filter((r) => !r.dup && events.has(r.id))
    .map((r) => (events.get(r.id)! - r.fetchedAt!.getTime()) / 1000)
    .sort((a, b) => a - b);
  const p50 = quantile(freshness, 0.5);
  const p95 = quantile(freshness, 0.95);
  const searchableRows = rows.filter((r) => !r.dup && events.has(r.id));
  const part = (f: (r: (typeof rows)[number]) => number) => {
    const sorted = searchableRows.map(f).sort((a, b) => a - b);
    return `p50 ${quantile(sorted, 0.5).toFixed(2)} s, p95 ${quantile(sorted, 0.95).toFixed(2)} s`;
  };
  console.log(
    `  of which fetch → stored ${part((r) => (r.storedAt.getTime() - r.fetchedAt!.getTime()) / 1000)}; stored → searchable ${part((r) => (events.get(r.id)! - r.storedAt.getTime()) / 1000)}`,
  );
  console.log(
    `freshness at ${RATE_PER_SECOND} msg/s over ${seconds} s (${freshness.length} messages, fetch → searchable): p50 ${p50.toFixed(2)} s, p95 ${p95.toFixed(2)} s, max ${(freshness.at(-1) ?? 0).toFixed(2)} s`,
  );

  const meili = peakMiBOf(meiliPid);
  console.log(
    `peak memory: ingest process (pipeline + ${database.kind}) ${peakRssMiB()} MiB, meilisearch ${meili ?? '?'} MiB`,
  );

  subscriber.disconnect();
  await pipeline.close();
  await ingestQueue.close();
  redis.disconnect();
  await server.close();
  await database.close();
  await services.stop();
  const ratio = e2eRate / rawRate;
  console.log(
    `ingest e2e ${Math.round(e2eRate)} msg/s, ratio ${ratio.toFixed(2)} of raw meilisearch, freshness p95 ${p95.toFixed(2)} s`,
  );
}
