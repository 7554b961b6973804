import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Db, openDatabase } from '@desk/core/store';
import { importFile } from '@desk/ingest';
import { createSearchClient, indexUid, type SearchConfig } from '@desk/search-config';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generated } from './ingest-support';

const run = promisify(execFile);
const TABLES = ['messages', 'cases', 'audit_log'] as const;

/** Ids and a checksum of every row of the tables that matter most: what "the same data" means here. */
async function fingerprint(db: Db) {
  const result = {} as Record<(typeof TABLES)[number], { id: number; md5: string }[]>;
  for (const table of TABLES) {
    const rows = await db.execute(sql.raw(`select id, md5(t::text) as md5 from ${table} t order by id`));
    result[table] = (rows as unknown as { rows: { id: number; md5: string }[] }).rows.map((r) => ({
      id: Number(r.id),
      md5: r.md5,
    }));
  }
  return result;
}

/** Messages from a file, cases through the API (each audited), as a desk would have them. */
async function fill(rt: TestRuntime, dir: string) {
  const file = join(dir, 'messages.jsonl');
  const lines = generated(31, 60).map((m) =>
    JSON.stringify({ id: m.externalId, title: m.title, content: m.body }),
  );
  writeFileSync(file, lines.join('\n'));
  await importFile(rt.database.db, file, { source: '备份测试' });
  const duty = await loginAs(rt.app, 'duty');
  for (const title of ['小区路灯不亮', '道路积水严重', '噪音扰民']) {
    const res = await call(rt.app, duty, '/api/cases', {
      json: { type: 'complaint', title, body: `${title}，请处理。` },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Json;
    await call(rt.app, duty, `/api/cases/${id}/comments`, { json: { body: '已电话联系市民' } });
  }
}

function desk(args: string[], env: Record<string, string | undefined>) {
  return run('npx', ['tsx', 'scripts/src/desk.ts', ...args], {
    cwd: join(__dirname, '../..'),
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    timeout: 240_000,
  });
}

async function indexedIds(search: SearchConfig) {
  const index = createSearchClient(search).index(indexUid(search, 'messages'));
  const { results } = await index.getDocuments({ fields: ['id'], limit: 10_000 });
  return results.map((d) => Number(d.id)).sort((a, b) => a - b);
}

describe('npm run desk -- backup / restore', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-backup-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const services = () => inject('services');
  const serviceEnv = (rt: TestRuntime) => ({
    REDIS_URL: services().redisUrl,
    REDIS_PREFIX: rt.queue.prefix,
    MEILI_URL: services().meiliUrl,
    MEILI_MASTER_KEY: services().meiliKey,
    MEILI_INDEX_PREFIX: rt.search.config.indexPrefix,
  });

  it('brings back the same messages, cases and audit log on a PostgreSQL server, and rebuilds search', async () => {
    const dir = tempDir();
    const rt = await createTestRuntime({ engine: 'postgres', searchSettings: true });
    try {
      await fill(rt, dir);
      const before = await fingerprint(rt.database.db);
      expect(before.messages.length).toBe(60);
      expect(before.audit_log.length).toBeGreaterThanOrEqual(6);
      const env = { ...serviceEnv(rt), DATABASE_URL: rt.databaseUrl, DESK_DATA_DIR: join(dir, 'data') };
      const backedUp = await desk(['backup', '--out', join(dir, 'backup')], env);
      expect(backedUp.stdout).toMatch(/backed up \(postgres\) \d+ tables: 60 messages, 3 cases/);

      // The disaster: the database and the search index are gone.
      const admin = new pg.Client({ connectionString: rt.databaseUrl });
      await admin.connect();
      await admin.query('drop schema drizzle cascade; drop schema public cascade; create schema public');
      await admin.end();
      await rt.search.client.deleteIndex(indexUid(rt.search.config, 'messages')).waitTask();

      const restored = await desk(['restore', '--from', join(dir, 'backup')], env);
      expect(restored.stdout).toMatch(/restored and verified: \d+ tables: 60 messages, 3 cases/);
      expect(restored.stderr).toMatch(/留言 messages: 60\/60/);
      expect(await fingerprint(rt.database.db)).toEqual(before);
      expect(await indexedIds(rt.search.config)).toEqual(before.messages.map((m) => m.id));
      // A second restore over live data is refused unless asked for.
      await expect(desk(['restore', '--from', join(dir, 'backup')], env)).rejects.toMatchObject({
        stderr: expect.stringMatching(/database is not empty; back it up first, then add --force/),
      });
    } finally {
      await rt.close();
    }
  }, 600_000);

  it('brings back the same messages, cases and audit log of the embedded database, and rebuilds search', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const rt = await createTestRuntime({ dataDir: join(dataDir, 'db'), searchSettings: true });
    const env = { ...serviceEnv(rt), DESK_DATA_DIR: dataDir, DESK_DEMO: '0' };
    let before: Awaited<ReturnType<typeof fingerprint>>;
    try {
      await fill(rt, dir);
      before = await fingerprint(rt.database.db);
    } finally {
      await rt.database.close(); // the embedded engine: one process at a time
    }
    const backedUp = await desk(['backup', '--out', join(dir, 'backup')], env);
    expect(backedUp.stdout).toMatch(/backed up \(pglite\) \d+ tables: 60 messages, 3 cases/);
    rmSync(join(dataDir, 'db'), { recursive: true, force: true });
    await rt.search.client.deleteIndex(indexUid(rt.search.config, 'messages')).waitTask();

    const restored = await desk(['restore', '--from', join(dir, 'backup')], env);
    expect(restored.stdout).toMatch(/restored and verified: \d+ tables: 60 messages, 3 cases/);
    expect(restored.stderr).toMatch(/留言 messages: 60\/60/);
    const database = await openDatabase({ dataDir: join(dataDir, 'db') });
    try {
      expect(await fingerprint(database.db)).toEqual(before);
    } finally {
      await database.close();
    }
    expect(await indexedIds(rt.search.config)).toEqual(before.messages.map((m) => m.id));

    // A cut-off copy of the backup is refused before anything is moved, even with --force.
    const damaged = join(dir, 'damaged');
    cpSync(join(dir, 'backup'), damaged, { recursive: true });
    const tarball = readFileSync(join(damaged, 'database.tar.gz'));
    writeFileSync(join(damaged, 'database.tar.gz'), tarball.subarray(0, tarball.length >> 1));
    await expect(desk(['restore', '--from', damaged, '--force'], env)).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /备份的数据库文件已损坏或不完整 \/ the backup's database file is damaged or incomplete/,
      ),
    });
    expect(readdirSync(dataDir).filter((name) => name.startsWith('db.before-restore'))).toEqual([]);
    const kept = await openDatabase({ dataDir: join(dataDir, 'db') });
    try {
      expect(await fingerprint(kept.db)).toEqual(before);
    } finally {
      await kept.close();
    }
    await rt.close().catch(() => {}); // its database is closed already; this clears Redis and the indexes
  }, 600_000);
});
