import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase, schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { createQueue, createRedis, jobRegistry } from '@desk/queue';
import { type Child, freePort, masterKeyIn, startMeilisearch, startRedis } from '@desk/scripts/services';
import { applySearchSettings, createSearchClient, indexUid, type SearchConfig } from '@desk/search-config';
import { isNull, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from '../support/runtime';
import { customJsonFeed, customJsonMapping, eventually, generated, startFeedServer } from './ingest-support';

/**
 * Faults: a worker killed with SIGKILL mid-batch, a Redis restart and a Meilisearch outage. Each run
 * has its own Redis and Meilisearch (so they can be stopped) and a PostgreSQL database (shared by the
 * worker processes). Afterwards the database and the index must hold exactly the fed messages.
 */
const FEEDS = 3;
const PER_FEED = 600;
const fast = { lockDurationMs: 2_000, indexLockMs: 2_000, hostGapMs: 0, repeatEveryMs: { tick: 200 } };
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

interface Rig {
  root: string;
  database: Database;
  databaseUrl: string;
  dropDatabase(): Promise<void>;
  redis: { url: string; port: number; child: Child };
  meili: { url: string; port: number; key: string; child: Child };
  search: SearchConfig;
  prefix: string;
  expected: Set<string>;
  feeds: Awaited<ReturnType<typeof startFeedServer>>;
}

async function createRig(seed: number): Promise<Rig> {
  const root = mkdtempSync(join(tmpdir(), 'desk-faults-'));
  const adminUrl = inject('services').postgresUrl;
  if (!adminUrl) throw new Error('the fault tests need the harness PostgreSQL (worker processes share it)');
  const created = await createPostgresDatabase(adminUrl);
  const database = await openDatabase({ url: created.url, poolSize: 4 });
  await database.migrate();
  const redisPort = await freePort();
  const redis = await startRedis({ port: redisPort, dir: join(root, 'redis'), persistent: true });
  const meiliPort = await freePort();
  const key = masterKeyIn(join(root, 'meili'));
  const meili = await startMeilisearch({
    port: meiliPort,
    dir: join(root, 'meili'),
    masterKey: key,
    maxIndexingMemory: '256 MiB',
  });
  const search = { url: meili.url, apiKey: key, indexPrefix: 'f_' };
  await applySearchSettings(createSearchClient(search), search);
  const feeds = await startFeedServer();
  const expected = new Set<string>();
  for (let f = 0; f < FEEDS; f++) {
    const items = generated(seed * 10 + f, PER_FEED, `https://bbs${f}.example.cn`);
    for (const m of items) expected.add(m.externalId);
    feeds.set(`/feed${f}.json`, { body: customJsonFeed(items), contentType: 'application/json' });
  }
  return {
    root,
    database,
    databaseUrl: created.url,
    dropDatabase: created.drop,
    redis: { url: redis.url, port: redisPort, child: redis.child },
    meili: { url: meili.url, port: meiliPort, key, child: meili.child },
    search,
    prefix: `{f${seed}}`,
    expected,
    feeds,
  };
}

async function registerFeeds(rig: Rig) {
  for (let f = 0; f < FEEDS; f++)
    await rig.database.db.insert(schema.sources).values({
      name: `feed-${f}`,
      type: 'json',
      url: rig.feeds.url(`/feed${f}.json`),
      mapping: customJsonMapping,
      intervalSeconds: 86_400,
      nextPullAt: new Date(),
    });
}

const inProcessPipeline = (rig: Rig): Promise<Pipeline> =>
  startPipeline({
    db: rig.database.db,
    redis: createRedis(rig.redis.url),
    search: { client: createSearchClient(rig.search), config: rig.search },
    queue: { redisUrl: rig.redis.url, prefix: rig.prefix },
    log,
    demo: false,
    tuning: fast,
  });

async function storedCount(rig: Rig) {
  const [row] = await rig.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.messages);
  return row!.n;
}

/** Wait until every fed message is stored and searchable, then compare ids exactly. */
async function expectExactlyTheFedMessages(rig: Rig) {
  const total = rig.expected.size;
  await eventually(async () => (await storedCount(rig)) === total, 90_000, `${total} stored`);
  const rows = await rig.database.db
    .select({ id: schema.messages.id, externalId: schema.messages.externalId })
    .from(schema.messages);
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => r.externalId))).toEqual(rig.expected);
  const originals = await rig.database.db
    .select({ id: schema.messages.id })
    .from(schema.messages)
    .where(isNull(schema.messages.duplicateOfId));
  const wanted = originals.map((r) => r.id).sort((a, b) => a - b);
  const index = createSearchClient(rig.search).index(indexUid(rig.search, 'messages'));
  const indexed = async () =>
    (await index.getDocuments({ fields: ['id'], limit: 10_000 })).results
      .map((d) => Number(d.id))
      .sort((a, b) => a - b);
  await eventually(
    async () => JSON.stringify(await indexed()) === JSON.stringify(wanted),
    90_000,
    'index = database',
  );
  expect(await indexed()).toEqual(wanted);
}

describe('ingest survives faults without loss or duplicates', () => {
  let rig: Rig | undefined;
  const pipelines: Pipeline[] = [];
  const children: ChildProcess[] = [];
  beforeAll(() => {
    if (!inject('services').postgresUrl) throw new Error('PostgreSQL is required for the fault tests');
  });
  afterEach(async () => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    await Promise.allSettled(pipelines.splice(0).map((p) => p.close()));
    if (!rig) return;
    await rig.feeds.close();
    await rig.database.close();
    await Promise.all([rig.redis.child.stop(), rig.meili.child.stop()]);
    await rig.dropDatabase();
    rmSync(rig.root, { recursive: true, force: true });
    rig = undefined;
  });
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  it('recovers every message after kill -9 of a worker in the middle of a batch', async () => {
    rig = await createRig(1);
    const worker = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'ingest-worker.ts')], {
      env: {
        ...process.env,
        DESK_TEST_WORKER: JSON.stringify({
          databaseUrl: rig.databaseUrl,
          redisUrl: rig.redis.url,
          prefix: rig.prefix,
          search: rig.search,
        }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(worker);
    await new Promise<void>((resolve, reject) => {
      worker.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve());
      worker.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    });
    const ingest = createQueue(jobRegistry.ingest.queue, { redisUrl: rig.redis.url, prefix: rig.prefix });
    await registerFeeds(rig);
    const current = rig;
    await eventually(
      async () => {
        const stored = await storedCount(current);
        return stored > 0 && stored < current.expected.size && (await ingest.getActiveCount()) > 0;
      },
      60_000,
      'a batch in progress',
    );
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(await storedCount(rig)).toBeLessThan(rig.expected.size);
    await ingest.close();
    pipelines.push(await inProcessPipeline(rig));
    await expectExactlyTheFedMessages(rig);
  }, 180_000);

  it('loses nothing when Redis restarts during ingest', async () => {
    rig = await createRig(2);
    pipelines.push(await inProcessPipeline(rig));
    await registerFeeds(rig);
    const current = rig;
    await eventually(async () => (await storedCount(current)) > 0, 60_000, 'first messages stored');
    await rig.redis.child.stop();
    await new Promise((r) => setTimeout(r, 1_500));
    const restarted = await startRedis({
      port: rig.redis.port,
      dir: join(rig.root, 'redis'),
      persistent: true,
    });
    rig.redis.child = restarted.child;
    await expectExactlyTheFedMessages(rig);
  }, 180_000);

  it('stores everything while Meilisearch is down and indexes it all once it is back', async () => {
    rig = await createRig(3);
    pipelines.push(await inProcessPipeline(rig));
    await rig.meili.child.stop();
    await registerFeeds(rig);
    const current = rig;
    await eventually(
      async () => (await storedCount(current)) === current.expected.size,
      90_000,
      'all stored without search',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const back = await startMeilisearch({
      port: rig.meili.port,
      dir: join(rig.root, 'meili'),
      masterKey: rig.meili.key,
      maxIndexingMemory: '256 MiB',
    });
    rig.meili.child = back.child;
    await expectExactlyTheFedMessages(rig);
  }, 180_000);
});
