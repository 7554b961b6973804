import { createSource, pullSourceSoon, schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { indexUid } from '@desk/search-config';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, generated, rssFeed, startFeedServer } from './ingest-support';

describe('ingest pipeline smoke', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    feeds = await startFeedServer();
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { repeatEveryMs: { tick: 200 }, hostGapMs: 0 },
    });
  });
  afterAll(async () => {
    await pipeline?.close();
    await feeds?.close();
    await rt?.close();
  });

  it('stores and indexes every item of an RSS feed', async () => {
    feeds.set('/rss', { body: rssFeed(generated(1, 30)), contentType: 'application/rss+xml' });
    const source = await createSource(rt.database.db, {
      name: 'rss',
      type: 'rss',
      url: feeds.url('/rss'),
      intervalSeconds: 600,
    });
    await pullSourceSoon(rt.database.db, source.id);
    const db = rt.database.db;
    await eventually(
      async () => {
        const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.messages);
        return row!.n === 30;
      },
      20_000,
      '30 stored',
    );
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    await eventually(async () => (await index.getStats()).numberOfDocuments === 30, 20_000, '30 indexed');
    const hits = await index.search('', { limit: 1 });
    expect(hits.hits[0]).toMatchObject({ kind: 'web', channel: 'feed' });
  });
});
