import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { type Database, loadIndexedMessages, openDatabase, schema } from '@desk/core/store';
import { extractTerms } from '@desk/core/text';
import {
  createGenerator,
  type GeneratedMessage,
  type IngestContext,
  type IngestTuning,
  type Pipeline,
  startPipeline,
} from '@desk/ingest';
import { createDeskEventHub, createRedis, type Redis } from '@desk/queue';
import {
  applySearchSettings,
  createSearchClient,
  indexUid,
  type SearchConfig,
  toDocument,
} from '@desk/search-config';
import { eq, isNull, sql } from 'drizzle-orm';
import pino from 'pino';
import { createPostgresDatabase } from '../support/runtime';
import { cpuSecondsOf, ownCpuSeconds, peakMiBOf, pidOf } from './proc';
import {
  type BenchServices,
  benchPostgresTransport,
  benchPostgresUrl,
  peakRssMiB,
  startBenchServices,
} from './services';

/**
 * `npm run bench -- ingest [--n=20000] [--seconds=30]`
 * 1. end to end: N generated messages served as JSON feeds → pulled → pipeline → stored → searchable
 *    (the `message.new` live event, published once Meilisearch has the message). On PostgreSQL (the
 *    production engine) when its binaries are installed, and again on embedded PGlite;
 * 2. raw Meilisearch: the very documents of run 1 sent straight to a fresh index in large batches;
 * 3. freshness at 100 msg/s: a live feed grows by 10 items every 100 ms; fetch → searchable per message.
 * `npm run bench -- ingest --html`: HTML list-and-detail sources beside JSON feeds (ingest-html.ts).
 */
const FEEDS = 20;
const RATE_PER_SECOND = 100;
const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
const tuning: Partial<IngestTuning> = { hostGapMs: 0, repeatEveryMs: { tick: 250 } };

export const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export const jsonFeed = (items: GeneratedMessage[]) =>
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

export async function feedServer(routes: Map<string, () => string>) {
  const server = createServer((req, res) => {
    const body = routes.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(body());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function openBenchDatabase(services: BenchServices, engine: 'postgres' | 'pglite'): Promise<Database> {
  if (engine === 'pglite') return openDatabase();
  const created = await createPostgresDatabase(services.postgresUrl!);
  const name = new URL(created.url).pathname.slice(1);
  return openDatabase({ url: benchPostgresUrl(services, name), poolSize: 4 });
}

export interface Desk {
  database: Database;
  pipeline: Pipeline;
  queue: { redisUrl: string; prefix: string };
  search: { client: ReturnType<typeof createSearchClient>; config: SearchConfig };
  /** message id → when its `message.new` event arrived */
  announced: Map<number, number>;
  close(): Promise<void>;
}

/** A migrated database, search settings, the real pipeline and a listener on the live events. */
export async function startDesk(
  services: BenchServices,
  engine: 'postgres' | 'pglite',
  redis: Redis,
  name: string,
  web?: IngestContext['web'],
) {
  const database = await openBenchDatabase(services, engine);
  await database.migrate();
  const config: SearchConfig = { ...services.meili, indexPrefix: `${name}_` };
  const client = createSearchClient(config);
  await applySearchSettings(client, config);
  const queue = { redisUrl: services.redisUrl, prefix: `{${name}}` };
  const announced = new Map<number, number>();
  const hub = createDeskEventHub(redis, queue.prefix);
  await hub.subscribe(await hub.latestId(), ({ event }) => {
    if (event.type === 'message.new') announced.set(event.id, Date.now());
  });
  const search = { client, config };
  const pipeline = await startPipeline({
    db: database.db,
    redis,
    search,
    queue,
    log,
    demo: false,
    tuning,
    web,
  });
  const close = async () => {
    hub.close();
    await pipeline.close();
    await database.close();
  };
  return { database, pipeline, queue, search, announced, close } satisfies Desk;
}

async function addSource(database: Database, name: string, url: string, intervalSeconds: number) {
  const [row] = await database.db
    .insert(schema.sources)
    .values({ name, type: 'json', url, intervalSeconds, nextPullAt: new Date() })
    .returning();
  return row!;
}

export async function countStored(database: Database) {
  const [row] = await database.db
    .select({
      all: sql<number>`count(*)::int`,
      originals: sql<number>`count(*) filter (where duplicate_of_id is null)::int`,
    })
    .from(schema.messages);
  return row!;
}

/** Feeds → searchable for `messages`; the clock starts when the sources are registered. */
async function endToEnd(desk: Desk, messages: GeneratedMessage[], base: string, meiliPid?: string) {
  const n = messages.length;
  const before = { own: ownCpuSeconds(), meili: cpuSecondsOf(meiliPid) };
  const started = performance.now();
  for (let f = 0; f < FEEDS; f++)
    await addSource(desk.database, `feed-${f}`, `${base}/feed/${f}.json`, 86_400);
  let stored = { all: 0, originals: 0 };
  for (;;) {
    // Counting rows costs the embedded database CPU: only near the end (near duplicates are not announced).
    if (desk.announced.size >= n * 0.99) stored = await countStored(desk.database);
    if (stored.all >= n && desk.announced.size >= stored.originals) break;
    await sleep(50);
  }
  const seconds = (performance.now() - started) / 1000;
  const searchable = desk.announced.size;
  // Between 10% and 90% searchable: the pipeline's pace once running, without the first pull and the
  // last write (when one of the two cores idles while the other finishes).
  const times = [...desk.announced.values()].sort((a, b) => a - b);
  const steady = (0.8 * searchable * 1000) / (quantile(times, 0.9) - quantile(times, 0.1));
  return {
    seconds,
    searchable,
    steady,
    nearDuplicates: stored.all - stored.originals,
    rate: searchable / seconds,
    ownCpuUs: ((ownCpuSeconds() - before.own) / searchable) * 1e6,
    meiliCpuUs: ((cpuSecondsOf(meiliPid) - before.meili) / searchable) * 1e6,
  };
}

/** The same documents straight into a fresh index, 5,000 per write, all enqueued at once. */
export async function rawMeilisearch(
  desk: Pick<Desk, 'database' | 'search'>,
  services: BenchServices,
  meiliPid?: string,
) {
  const ids = (
    await desk.database.db
      .select({ id: schema.messages.id })
      .from(schema.messages)
      .where(isNull(schema.messages.duplicateOfId))
  ).map((r) => r.id);
  const docs = (await loadIndexedMessages(desk.database.db, ids)).map(toDocument);
  const config: SearchConfig = { ...services.meili, indexPrefix: 'raw_' };
  await applySearchSettings(desk.search.client, config);
  const index = desk.search.client.index(indexUid(config, 'messages'));
  const cpuBefore = cpuSecondsOf(meiliPid);
  const started = performance.now();
  const tasks = [];
  for (let i = 0; i < docs.length; i += 5_000)
    tasks.push(await index.addDocuments(docs.slice(i, i + 5_000), { primaryKey: 'id' }));
  await desk.search.client.tasks.waitForTasks(
    tasks.map((t) => t.taskUid),
    { timeout: 0, interval: 50 },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    docs: docs.length,
    seconds,
    rate: docs.length / seconds,
    cpuUs: ((cpuSecondsOf(meiliPid) - cpuBefore) / docs.length) * 1e6,
  };
}

/** A live feed growing at 100 msg/s, pulled every second; fetch → searchable per message. */
async function freshness(desk: Desk, routes: Map<string, () => string>, base: string, seconds: number) {
  const generator = createGenerator({ seed: 7, repostRate: 0 });
  const live: GeneratedMessage[] = [];
  routes.set('/live.json', () => jsonFeed(live.slice(-500)));
  const source = await addSource(desk.database, 'live', `${base}/live.json`, 1);
  const total = seconds * RATE_PER_SECOND;
  const started = Date.now();
  while (live.length < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * RATE_PER_SECOND));
    while (live.length < due) live.push(generator.message());
    await sleep(100);
  }
  const rowsOf = () =>
    desk.database.db
      .select({
        id: schema.messages.id,
        fetchedAt: schema.messages.fetchedAt,
        storedAt: schema.messages.createdAt,
        dup: schema.messages.duplicateOfId,
      })
      .from(schema.messages)
      .where(eq(schema.messages.sourceId, source.id));
  let rows = await rowsOf();
  for (
    let i = 0;
    i < 100 && (rows.length < total - 5 || rows.some((r) => !r.dup && !desk.announced.has(r.id)));
    i++
  ) {
    await sleep(100);
    rows = await rowsOf();
  }
  const done = rows.filter((r) => !r.dup && desk.announced.has(r.id));
  const spread = (f: (r: (typeof rows)[number]) => number) => done.map(f).sort((a, b) => a - b);
  return {
    count: done.length,
    total: spread((r) => (desk.announced.get(r.id)! - r.fetchedAt!.getTime()) / 1000),
    toStore: spread((r) => (r.storedAt.getTime() - r.fetchedAt!.getTime()) / 1000),
    toSearch: spread((r) => (desk.announced.get(r.id)! - r.storedAt.getTime()) / 1000),
  };
}

const p = (sorted: number[]) =>
  `p50 ${quantile(sorted, 0.5).toFixed(2)} s, p95 ${quantile(sorted, 0.95).toFixed(2)} s`;

export async function run(args: string[]) {
  if (args.includes('--html')) {
    const { runHtml } = await import('./ingest-html');
    return runHtml(args);
  }
  const n = arg(args, 'n', 20_000);
  const seconds = arg(args, 'seconds', 30);
  const services = await startBenchServices({ postgres: true });
  const redis = createRedis(services.redisUrl);
  const meiliPid = pidOf(`127.0.0.1:${new URL(services.meili.url).port}`);
  const engines = services.postgresUrl ? (['postgres', 'pglite'] as const) : (['pglite'] as const);
  console.log(
    `ingest bench: ${n} generated messages per run in ${FEEDS} JSON feeds on localhost; ${engines.join(' then ')} (PostgreSQL over ${benchPostgresTransport()})`,
  );
  const generator = createGenerator({ seed: 42, repostRate: 0, burstRate: 0.01 });
  const messages = Array.from({ length: n }, () => generator.message(new Date(Date.now() - 3_600_000)));
  const routes = new Map<string, () => string>();
  const perFeed = Math.ceil(n / FEEDS);
  for (let f = 0; f < FEEDS; f++) {
    const body = jsonFeed(messages.slice(f * perFeed, (f + 1) * perFeed));
    routes.set(`/feed/${f}.json`, () => body);
  }
  const server = await feedServer(routes);
  extractTerms('景德镇市珠山区预热'); // a running desk has its dictionaries loaded

  const main = await startDesk(services, engines[0], redis, `e2e_${engines[0]}`);
  const e2e = await endToEnd(main, messages, server.base, meiliPid);
  console.log(
    `end to end (${engines[0]}): ${e2e.searchable} searchable in ${e2e.seconds.toFixed(1)} s → ${Math.round(e2e.rate)} msg/s (${e2e.nearDuplicates} near duplicates linked); steady state (10%→90% searchable) ${Math.round(e2e.steady)} msg/s`,
  );
  const raw = await rawMeilisearch(main, services, meiliPid);
  console.log(
    `raw meilisearch: ${raw.docs} documents in ${raw.seconds.toFixed(1)} s → ${Math.round(raw.rate)} docs/s (steady-state ratio ${(e2e.steady / raw.rate).toFixed(2)})`,
  );
  const fresh = await freshness(main, routes, server.base, seconds);
  console.log(
    `freshness at ${RATE_PER_SECOND} msg/s over ${seconds} s (${fresh.count} messages, fetch → searchable): ${p(fresh.total)}`,
  );
  console.log(`  of which fetch → stored ${p(fresh.toStore)}; stored → searchable ${p(fresh.toSearch)}`);
  await main.close();
  const cpu = [
    `cpu per message (${engines[0]}): ingest process ${Math.round(e2e.ownCpuUs)} µs + meilisearch ${Math.round(e2e.meiliCpuUs)} µs; raw meilisearch ${Math.round(raw.cpuUs)} µs`,
  ];
  if (engines[1]) {
    const embedded = await startDesk(services, 'pglite', redis, 'e2e_pglite');
    const second = await endToEnd(embedded, messages, server.base, meiliPid);
    console.log(
      `end to end (pglite, the embedded engine): ${second.searchable} searchable in ${second.seconds.toFixed(1)} s → ${Math.round(second.rate)} msg/s, ratio ${(second.rate / raw.rate).toFixed(2)}`,
    );
    cpu.push(
      `cpu per message (pglite): ingest process ${Math.round(second.ownCpuUs)} µs + meilisearch ${Math.round(second.meiliCpuUs)} µs`,
    );
    await embedded.close();
  }
  for (const line of cpu) console.log(line);
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (the box is shared)`);
  console.log(
    `peak memory: ingest process ${peakRssMiB()} MiB, meilisearch ${peakMiBOf(meiliPid) ?? '?'} MiB`,
  );
  redis.disconnect();
  await server.close();
  await services.stop();
  console.log(
    `ingest e2e ${Math.round(e2e.rate)} msg/s, ratio ${(e2e.rate / raw.rate).toFixed(2)} of raw meilisearch, freshness p95 ${quantile(fresh.total, 0.95).toFixed(2)} s`,
  );
}
