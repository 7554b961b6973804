import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase, schema, seedDemo } from '@desk/core/store';
import { applySearchSettings, createSearchClient, indexUid, type SearchConfig } from '@desk/search-config';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { rankedAttributes } from '../../api/src/routes/messages/search-documents';
import { indexMessages, seedCases, seedMessages } from './api-seed';
import { cpuSecondsOf, ownCpuSeconds, pidOf, treeCpuSeconds } from './proc';
import { benchPostgresTransport, benchPostgresUrl, startBenchServices } from './services';

/**
 * `npm run bench -- api [--messages=100000] [--cases=20000] [--seconds=10] [--connections=50] [--only=list]`
 * (BENCH_PG_TCP=1 connects the API to PostgreSQL over TCP instead of the Unix socket)
 * Seeds PostgreSQL with messages (indexed in Meilisearch) and cases, starts the API in its own
 * process and loads three endpoints with autocannon: the case list with filters, a case detail and
 * message search, then the same searches straight to Meilisearch as the baselines (every attribute, and
 * the request the API sends). Prints p50 / p95 / p99, req/s and the mean response size for each and the
 * API/raw ratios; the last line is the worst p95 of the API endpoints.
 */
const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
export const filterParam = (filter: object) => encodeURIComponent(JSON.stringify(filter));
export const SEARCH_WORDS = [
  '供暖',
  '物业',
  '停车',
  '学校',
  '医院',
  '噪音',
  '燃气',
  '养老',
  '公交',
  '拆迁',
  '垃圾',
  '加装电梯',
];

/** The V8 flags in the root package.json's `start` script (`node <flags> --import tsx …`). */
function startNodeFlags(): string {
  const root = fileURLToPath(new URL('../../package.json', import.meta.url));
  const start: string = JSON.parse(readFileSync(root, 'utf8')).scripts.start;
  return /^node ((?:--[\w-]+=\S+ )*)--import tsx/.exec(start)?.[1] ?? '';
}

export function startServer(
  env: Record<string, string>,
): Promise<{ port: number; pid: string; stop(): Promise<void> }> {
  const file = fileURLToPath(new URL('./api-server.ts', import.meta.url));
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the API process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // The API runs with the V8 flags `npm start` gives the desk (package.json); BENCH_NODE_FLAGS overrides.
  const flags = (process.env.BENCH_NODE_FLAGS ?? startNodeFlags()).split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...profile, ...flags, '--import', 'tsx', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`api server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /ready (\d+)/.exec(chunk.toString())?.[1];
      if (port)
        resolve({
          port: Number(port),
          pid: String(child.pid),
          stop: () => {
            child.removeAllListeners('exit');
            const exited = new Promise<void>((done) => child.once('exit', () => done()));
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
  });
}

export interface Scenario {
  name: string;
  paths: () => string;
  /** A baseline straight at another server (Meilisearch): its URL, headers and a POST body per request. */
  direct?: { url: string; headers: Record<string, string>; body: () => string };
}

export async function load(
  base: string,
  token: string,
  scenario: Scenario,
  seconds: number,
  connections: number,
) {
  const latencies: number[] = [];
  const direct = scenario.direct;
  const instance = autocannon({
    url: direct?.url ?? base,
    connections,
    duration: seconds,
    headers: direct?.headers ?? { Authorization: `Bearer ${token}` },
    requests: [
      direct
        ? { method: 'POST', setupRequest: (req) => ({ ...req, path: scenario.paths(), body: direct.body() }) }
        : { method: 'GET', setupRequest: (req) => ({ ...req, path: scenario.paths() }) },
    ],
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    rps: Math.round(result.requests.total / result.duration),
    /** Mean response size (headers and body), in KB. */
    kb: result.throughput.total / Math.max(1, result.requests.total) / 1024,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

export async function run(args: string[]) {
  const nMessages = arg(args, 'messages', 100_000);
  const nCases = arg(args, 'cases', 20_000);
  const seconds = arg(args, 'seconds', 10);
  const connections = arg(args, 'connections', 50);
  const services = await startBenchServices({ postgres: true });
  if (!services.postgresUrl)
    throw new Error('the api benchmark needs PostgreSQL 15 server binaries (apt-get install postgresql)');
  const database = await openDatabase({ url: services.postgresUrl, poolSize: 8 });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let summary = { p95: Number.NaN, rps: 0 };
  try {
    await database.migrate();
    await seedDemo(database.db);
    const search: SearchConfig = { url: services.meili.url, apiKey: services.meili.apiKey };
    const client = createSearchClient(search);
    await applySearchSettings(client, search);
    let t = Date.now();
    const messageIds = await seedMessages(database.db, nMessages);
    console.log(`seeded ${messageIds.length} messages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    await indexMessages(database.db, client, search);
    console.log(`indexed them in Meilisearch in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const departments = (
      await database.db.select({ id: schema.departments.id }).from(schema.departments)
    ).map((d) => d.id);
    t = Date.now();
    const caseIds = await seedCases(database.db, nCases, messageIds, departments);
    console.log(`seeded ${caseIds.length} cases in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    // What autovacuum does on a desk in use: statistics and the visibility map (index-only counts).
    await database.db.execute(sql`vacuum analyze`);

    // Over the Unix socket by default: on this box loopback TCP costs the case list ~9% of its req/s.
    server = await startServer({
      BENCH_DATABASE_URL: benchPostgresUrl(services),
      BENCH_REDIS_URL: services.redisUrl,
      BENCH_MEILI_URL: services.meili.url,
      BENCH_MEILI_KEY: services.meili.apiKey,
    });
    const base = `http://127.0.0.1:${server.port}`;
    // CPU seconds so far of the API, PostgreSQL (postmaster and backends), Meilisearch and this process.
    const apiPid = server.pid;
    const postmaster = pidOf(`-p\u0000${new URL(services.postgresUrl).port}\u0000`);
    const meiliPid = pidOf(`127.0.0.1:${new URL(services.meili.url).port}`);
    const cpu = () => [
      cpuSecondsOf(apiPid),
      treeCpuSeconds(postmaster),
      cpuSecondsOf(meiliPid),
      ownCpuSeconds(),
    ];
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'duty', password: 'desk-demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const pickOf = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const rawSearch = (name: string, extra: () => object = () => ({})): Scenario => ({
      name,
      paths: () => `/indexes/${indexUid(search, 'messages')}/search`,
      direct: {
        url: services.meili.url,
        headers: { Authorization: `Bearer ${services.meili.apiKey}`, 'Content-Type': 'application/json' },
        body: () =>
          JSON.stringify({ q: pickOf(SEARCH_WORDS), filter: [], page: 1, hitsPerPage: 20, ...extra() }),
      },
    });
    // Pages 2–50 of the same words: about 12,000 hits, more than the API keeps, so most are fetched.
    const laterPage = () => 2 + Math.floor(Math.random() * 49);
    const caseFilters = [
      { status: ['assigned', 'accepted', 'drafting'] },
      { type: 'complaint', open: true },
      { overdue: true },
      { departmentId: pickOf(departments), open: true },
      { escalation: 'none', type: ['consultation', 'help'] },
    ];
    const sorts = ['["dueAt","ASC"]', '["createdAt","DESC"]', '["id","DESC"]'];
    const scenarios: Scenario[] = [
      {
        name: 'case list (filters)',
        paths: () =>
          `/api/cases?filter=${filterParam(pickOf(caseFilters))}&range=[0,24]&sort=${encodeURIComponent(pickOf(sorts))}`,
      },
      { name: 'case detail', paths: () => `/api/cases/${pickOf(caseIds)}` },
      {
        name: 'message search',
        paths: () => `/api/messages?filter=${filterParam({ q: pickOf(SEARCH_WORDS) })}&range=[0,19]`,
      },
      // The baselines for message search: the same query straight to Meilisearch, without the API, with
      // every stored attribute (a page of documents), and as the API sends it (ids and revisions; the
      // API serves the documents it already holds): the second shows what the API itself adds.
      rawSearch('raw meilisearch'),
      rawSearch('raw meilisearch as the API asks', () => ({
        matchingStrategy: 'last',
        attributesToRetrieve: rankedAttributes,
      })),
      {
        name: 'message search, later pages',
        paths: () => {
          const from = (laterPage() - 1) * 20;
          return `/api/messages?filter=${filterParam({ q: pickOf(SEARCH_WORDS) })}&range=[${from},${from + 19}]`;
        },
      },
      rawSearch('raw meilisearch, later pages', () => ({ page: laterPage() })),
    ];
    console.log(
      `autocannon: ${connections} connections, ${seconds} s per endpoint, as the duty officer (all departments); API ↔ PostgreSQL over ${benchPostgresTransport()}`,
    );
    const results: Awaited<ReturnType<typeof load>>[] = [];
    // `--only=list` runs the scenarios whose name contains the word (for profiling one endpoint).
    const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
    for (const scenario of scenarios.filter((s) => !only || s.name.includes(only))) {
      await load(base, token, scenario, 2, connections); // warm-up: connection pools, caches, JIT
      const before = cpu();
      const r = await load(base, token, scenario, seconds, connections);
      const used = cpu().map((v, i) => (v - before[i]!) / seconds);
      results.push(r);
      const ms = (v: number) => `${v.toFixed(1)} ms`;
      const failed = r.failed ? `  (${r.failed} failed)` : '';
      console.log(
        `${r.name.padEnd(20)} p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  ${r.rps} req/s  ${r.kb.toFixed(1)} KB${failed}`,
      );
      const [api, pg, meili, loader] = used.map((v) => v.toFixed(2));
      console.log(
        `${''.padEnd(20)} cores busy: api ${api}, postgres ${pg}, meilisearch ${meili}, load generator ${loader}`,
      );
    }
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    const pairs = [
      ['message search', 'raw meilisearch'],
      ['message search', 'raw meilisearch as the API asks'],
      ['message search, later pages', 'raw meilisearch, later pages'],
    ];
    for (const [api, raw] of pairs.map((pair) => pair.map((name) => results.find((r) => r.name === name))))
      if (api && raw)
        console.log(
          `${api.name} vs ${raw.name}: p95 ×${ratio(api.p95, raw.p95)}, req/s ×${ratio(api.rps, raw.rps)}`,
        );
    const ofApi = results.filter((r) => !r.name.startsWith('raw '));
    if (ofApi.length) summary = ofApi.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  } finally {
    await server?.stop();
    await database.close();
    await services.stop();
  }
  console.log(`api p95 ${summary.p95.toFixed(1)} ms, ${summary.rps} req/s`);
}
