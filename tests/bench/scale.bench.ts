import { type ChildProcess, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase, schema, seedDemo } from '@desk/core/store';
import { createGenerator, type GeneratedMessage } from '@desk/ingest';
import { createDeskEventHub, createRedis, type Redis } from '@desk/queue';
import { applySearchSettings, createSearchClient, indexUid, type SearchConfig } from '@desk/search-config';
import { sql } from 'drizzle-orm';
import { createPostgresDatabase } from '../support/runtime';
import { filterParam, load, type Scenario, SEARCH_WORDS, startServer } from './api.bench';
import { indexMessages, seedMessages } from './api-seed';
import { arg, countStored, feedServer, jsonFeed, rawMeilisearch } from './ingest.bench';
import { type BenchServices, benchPostgresUrl, startBenchServices } from './services';

/**
 * `npm run bench -- scale [--n=10000] [--messages=20000] [--seconds=10] [--connections=50]`
 * The desk split into processes over one PostgreSQL server, Redis and Meilisearch (DESK_PROCESSES):
 * 1. ingest: N generated messages in 20 JSON feeds (one local server each: the per-host gap is per
 *    host) pulled by 1, then 2 worker processes (`scripts/src/start.ts`, DESK_PROCESSES=worker), each
 *    run into a fresh database and index, until every message is stored and searchable; beside it the
 *    raw Meilisearch rate for the same documents;
 * 2. API: message search through 1, then 2 API processes (autocannon on each at once), beside the same
 *    searches sent straight to Meilisearch.
 */
const FEEDS = 20;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** `npm start` with DESK_PROCESSES=worker against the shared servers; resolves once its workers run. */
function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/src/start.ts'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, DESK_PROCESSES: 'worker', DESK_DEMO: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ingest workers started')) {
        child.removeAllListeners('exit');
        resolve(child);
      }
    });
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Feeds → stored and searchable with `workers` processes; a fresh database, index and Redis prefix. */
async function ingestRun(services: BenchServices, redis: Redis, workers: number, feeds: string[], n: number) {
  const created = await createPostgresDatabase(services.postgresUrl!);
  const dbName = new URL(created.url).pathname.slice(1);
  const database: Database = await openDatabase({ url: benchPostgresUrl(services, dbName), poolSize: 2 });
  await database.migrate();
  const name = `scale${workers}w`;
  const search = {
    client: createSearchClient(services.meili),
    config: { ...services.meili, indexPrefix: `${name}_` },
  };
  await applySearchSettings(search.client, search.config);
  const announced = new Map<number, number>();
  const hub = createDeskEventHub(redis, `{${name}}`);
  await hub.subscribe(await hub.latestId(), ({ event }) => {
    if (event.type === 'message.new') announced.set(event.id, Date.now());
  });
  const children = await Promise.all(
    Array.from({ length: workers }, () =>
      startWorker({
        DATABASE_URL: benchPostgresUrl(services, dbName),
        REDIS_URL: services.redisUrl,
        REDIS_PREFIX: name,
        MEILI_URL: services.meili.url,
        MEILI_MASTER_KEY: services.meili.apiKey,
        MEILI_INDEX_PREFIX: `${name}_`,
      }),
    ),
  );
  const started = performance.now();
  await database.db.insert(schema.sources).values(
    feeds.map((url, f) => ({
      name: `feed-${f}`,
      type: 'json' as const,
      url,
      intervalSeconds: 86_400,
      nextPullAt: new Date(),
    })),
  );
  // A worker that stops (its watchdog ends a process whose event loop froze) would leave this run waiting.
  let exited: string | undefined;
  for (const child of children)
    child.once('exit', (code) => {
      exited = `a worker process (pid ${child.pid}) exited with ${code} during the run`;
    });
  let stored = { all: 0, originals: 0 };
  for (;;) {
    if (exited) {
      await Promise.all(children.map(stopChild));
      throw new Error(exited);
    }
    if (announced.size >= n * 0.99) stored = await countStored(database);
    if (stored.all >= n && announced.size >= stored.originals) break;
    await sleep(100);
  }
  const seconds = (performance.now() - started) / 1000;
  const times = [...announced.values()].sort((a, b) => a - b);
  const steady = (0.8 * announced.size * 1000) / (quantile(times, 0.9) - quantile(times, 0.1));
  await Promise.all(children.map(stopChild));
  hub.close();
  const raw = workers === 1 ? await rawMeilisearch({ database, search }, services) : undefined;
  await database.close();
  await created.drop().catch(() => {});
  return { seconds, searchable: announced.size, rate: announced.size / seconds, steady, raw };
}

/** Message search through `processes` API processes at once (the connections split between them). */
async function apiRun(services: BenchServices, processes: number, seconds: number, connections: number) {
  const servers = await Promise.all(
    Array.from({ length: processes }, () =>
      startServer({
        BENCH_DATABASE_URL: benchPostgresUrl(services),
        BENCH_REDIS_URL: services.redisUrl,
        BENCH_MEILI_URL: services.meili.url,
        BENCH_MEILI_KEY: services.meili.apiKey,
        BENCH_POOL: '5',
      }),
    ),
  );
  try {
    const bases = servers.map((s) => `http://127.0.0.1:${s.port}`);
    const login = await fetch(`${bases[0]}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'duty', password: 'desk-demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const pick = () => SEARCH_WORDS[Math.floor(Math.random() * SEARCH_WORDS.length)]!;
    const scenario: Scenario = {
      name: 'message search',
      paths: () => `/api/messages?filter=${filterParam({ q: pick() })}&range=[0,19]`,
    };
    const each = Math.max(1, Math.round(connections / processes));
    await Promise.all(bases.map((base) => load(base, token, scenario, 2, each))); // warm-up
    const results = await Promise.all(bases.map((base) => load(base, token, scenario, seconds, each)));
    return {
      rps: results.reduce((sum, r) => sum + r.rps, 0),
      p95: Math.max(...results.map((r) => r.p95)),
      failed: results.reduce((sum, r) => sum + r.failed, 0),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** The same searches straight to Meilisearch: the engine's own rate. */
async function rawSearch(
  services: BenchServices,
  search: SearchConfig,
  seconds: number,
  connections: number,
) {
  const pick = () => SEARCH_WORDS[Math.floor(Math.random() * SEARCH_WORDS.length)]!;
  const scenario: Scenario = {
    name: 'raw meilisearch',
    paths: () => `/indexes/${indexUid(search, 'messages')}/search`,
    direct: {
      url: services.meili.url,
      headers: { Authorization: `Bearer ${services.meili.apiKey}`, 'Content-Type': 'application/json' },
      body: () => JSON.stringify({ q: pick(), page: 1, hitsPerPage: 20, attributesToRetrieve: ['id'] }),
    },
  };
  await load('', '', scenario, 2, connections);
  return load('', '', scenario, seconds, connections);
}

export async function run(args: string[]) {
  const n = arg(args, 'n', 10_000);
  const nMessages = arg(args, 'messages', 20_000);
  const seconds = arg(args, 'seconds', 10);
  const connections = arg(args, 'connections', 50);
  const services = await startBenchServices({ postgres: true });
  if (!services.postgresUrl)
    throw new Error('the scale benchmark needs PostgreSQL 15 server binaries (apt-get install postgresql)');
  const redis = createRedis(services.redisUrl);
  const generator = createGenerator({ seed: 42, repostRate: 0, burstRate: 0.01 });
  const messages: GeneratedMessage[] = Array.from({ length: n }, () =>
    generator.message(new Date(Date.now() - 3_600_000)),
  );
  const perFeed = Math.ceil(n / FEEDS);
  const servers = await Promise.all(
    Array.from({ length: FEEDS }, (_, f) => {
      const body = jsonFeed(messages.slice(f * perFeed, (f + 1) * perFeed));
      return feedServer(new Map([['/feed.json', () => body]]));
    }),
  );
  const feeds = servers.map((s) => `${s.base}/feed.json`);
  console.log(
    `scale bench: ${cpus().length} cores; PostgreSQL, Redis and Meilisearch shared by the processes; ingest ${n} messages in ${FEEDS} JSON feeds, search over ${nMessages} messages`,
  );
  try {
    const ingest = [];
    for (const workers of [1, 2]) {
      const r = await ingestRun(services, redis, workers, feeds, n);
      ingest.push(r);
      console.log(
        `ingest, ${workers} worker process${workers > 1 ? 'es' : ''}: ${r.searchable} searchable in ${r.seconds.toFixed(1)} s → ${Math.round(r.rate)} msg/s (first pull waits for the 5 s tick); steady state (10%→90% searchable) ${Math.round(r.steady)} msg/s`,
      );
      if (r.raw)
        console.log(
          `raw meilisearch: the same ${r.raw.docs} documents in ${r.raw.seconds.toFixed(1)} s → ${Math.round(r.raw.rate)} docs/s`,
        );
    }
    const rawIngest = ingest[0]!.raw!.rate;
    console.log(
      `ingest 2w/1w ×${(ingest[1]!.steady / ingest[0]!.steady).toFixed(2)}; of raw meilisearch: 1w ${(ingest[0]!.steady / rawIngest).toFixed(2)}, 2w ${(ingest[1]!.steady / rawIngest).toFixed(2)}`,
    );

    const database = await openDatabase({ url: services.postgresUrl, poolSize: 8 });
    await database.migrate();
    await seedDemo(database.db);
    const search: SearchConfig = { url: services.meili.url, apiKey: services.meili.apiKey };
    await applySearchSettings(createSearchClient(search), search);
    await seedMessages(database.db, nMessages);
    await indexMessages(database.db, createSearchClient(search), search);
    await database.db.execute(sql`vacuum analyze`);
    await database.close();
    const api = [];
    for (const processes of [1, 2]) {
      const r = await apiRun(services, processes, seconds, connections);
      api.push(r);
      console.log(
        `message search, ${processes} API process${processes > 1 ? 'es' : ''}: ${r.rps} req/s, p95 ${r.p95.toFixed(1)} ms${r.failed ? ` (${r.failed} failed)` : ''}`,
      );
    }
    const raw = await rawSearch(services, search, seconds, connections);
    console.log(
      `raw meilisearch search: ${raw.rps} req/s, p95 ${raw.p95.toFixed(1)} ms; API of raw: 1p ${(api[0]!.rps / raw.rps).toFixed(2)}, 2p ${(api[1]!.rps / raw.rps).toFixed(2)}`,
    );
    console.log(
      `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (the box is shared): a second process can only help while a core idles`,
    );
    console.log(
      `scale ingest 1w ${Math.round(ingest[0]!.steady)} 2w ${Math.round(ingest[1]!.steady)} msg/s, api 1p ${api[0]!.rps} 2p ${api[1]!.rps} req/s`,
    );
  } finally {
    redis.disconnect();
    await Promise.all(servers.map((s) => s.close()));
    await services.stop();
  }
}
