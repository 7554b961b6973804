import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schema } from '@desk/core/store';
import { importFile } from '@desk/ingest';
import { indexUid } from '@desk/search-config';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generated } from './ingest-support';

const run = promisify(execFile);

describe('npm run desk -- reindex', () => {
  let rt: TestRuntime;
  const dir = mkdtempSync(join(tmpdir(), 'desk-reindex-'));

  beforeAll(async () => {
    rt = await createTestRuntime({ engine: 'postgres', searchSettings: true });
    const file = join(dir, 'messages.jsonl');
    const lines = generated(7, 40).map((m) =>
      JSON.stringify({ id: m.externalId, title: m.title, content: m.body }),
    );
    writeFileSync(file, lines.join('\n'));
    await importFile(rt.database.db, file, { source: 'reindex' });
  });
  afterAll(async () => {
    await rt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const reindex = (...args: string[]) => {
    const services = inject('services');
    return run('npx', ['tsx', 'scripts/src/desk.ts', 'reindex', ...args], {
      cwd: join(__dirname, '../..'),
      env: {
        ...process.env,
        DESK_DATA_DIR: join(dir, 'data'),
        DATABASE_URL: rt.databaseUrl,
        REDIS_URL: services.redisUrl,
        REDIS_PREFIX: rt.queue.prefix,
        MEILI_URL: services.meiliUrl,
        MEILI_MASTER_KEY: services.meiliKey,
        MEILI_INDEX_PREFIX: rt.search.config.indexPrefix,
        LOG_LEVEL: 'silent',
      },
      timeout: 120_000,
    });
  };

  const indexedIds = async () => {
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    const { results } = await index.getDocuments({ fields: ['id'], limit: 1000 });
    return results.map((d) => Number(d.id)).sort((a, b) => a - b);
  };
  const storedIds = async () => {
    const rows = await rt.database.db
      .select({ id: schema.messages.id })
      .from(schema.messages)
      .where(sql`${schema.messages.duplicateOfId} is null`);
    return rows.map((r) => r.id).sort((a, b) => a - b);
  };

  it('rebuilds the message index from the database: every stored message, nothing else', async () => {
    const stored = await storedIds();
    expect(stored.length).toBeGreaterThan(30);
    const { stdout } = await reindex();
    expect(stdout).toMatch(/rebuilt: \d+ messages, \d+ cases, \d+ events/);
    expect(await indexedIds()).toEqual(stored);
  }, 150_000);

  it('puts back a document lost from the index, keeping the index with --keep', async () => {
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    const stored = await storedIds();
    await index.deleteDocument(stored[0]!).waitTask();
    expect(await indexedIds()).not.toContain(stored[0]);
    await reindex('--keep');
    expect(await indexedIds()).toEqual(stored);
  }, 150_000);
});
