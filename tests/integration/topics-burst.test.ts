import { readSseUntil } from '@desk/api';
import type { RawItem } from '@desk/core';
import { createScheme, schema } from '@desk/core/store';
import { type Pipeline, startPipeline, webItem } from '@desk/ingest';
import { indexUid } from '@desk/search-config';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, generated } from './ingest-support';

/** Sentences written for this test: one matter (a mixing plant's night noise) told by many citizens. */
const burstTitles = [
  '丽景花园旁搅拌站夜间噪音扰民',
  '投诉丽景花园附近搅拌站噪音',
  '丽景花园搅拌站半夜施工太吵',
  '丽景花园小区旁边搅拌站噪音严重',
  '请管管丽景花园搅拌站的噪音',
  '丽景花园搅拌站彻夜作业扰民',
  '丽景花园附近搅拌站噪音影响休息',
  '再次投诉丽景花园搅拌站噪音扰民',
];

describe('burst → event → alert (real Redis, Meilisearch, database, Bull workers)', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let sourceId: number;
  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { hostGapMs: 0 },
    });
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: '导入', type: 'import' })
      .returning();
    sourceId = source!.id;
  });
  afterAll(async () => {
    await pipeline?.close();
    await rt?.close();
  });

  const ingest = (items: RawItem[]) =>
    pipeline.jobs.add('ingest', { sourceId, fetchedAt: new Date().toISOString(), items });

  it('raises a burst alert within 60 s of the messages arriving and delivers it over SSE', async () => {
    const db = rt.database.db;
    // Background: 60 ordinary messages spread over the previous day (the baseline).
    const background = generated(11, 60).map((m, i) => {
      const at = new Date(Date.now() - (2 + i * 0.3) * 3_600_000).toISOString();
      return { ...webItem(m), publishedAt: at, receivedAt: at };
    });
    await ingest(background);
    await eventually(
      async () =>
        (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(schema.messages)
            .where(sql`${schema.messages.eventId} is not null`)
        )[0]!.n >= 55,
      30_000,
      'background grouped',
    );
    expect(await db.select().from(schema.alerts).where(eq(schema.alerts.kind, 'burst'))).toEqual([]);

    const scheme = await createScheme(
      db,
      {
        name: '丽景花园搅拌站',
        description: null,
        regionWords: ['丽景花园'],
        subjectWords: ['搅拌站'],
        eventWords: ['噪音', '吵', '扰民'],
        excludeWords: ['招聘'],
        sourceIds: [],
        channels: [],
        regions: [],
        alertThreshold: 5,
        active: true,
      },
      null,
    );
    const stream = await call(rt.app, await loginAs(rt.app, 'duty'), '/api/stream');
    const started = Date.now();
    await ingest(
      burstTitles.map((title, i) => ({
        externalId: `burst-${i}`,
        title,
        body: `${title}，希望有关部门尽快处理。`,
      })),
    );
    const { matched, seen } = await readSseUntil(
      stream,
      (e) => e.event === 'alert.new' && (e.data as { kind: string }).kind === 'burst',
      60_000,
    );
    const elapsed = Date.now() - started;
    expect(matched, 'alert.new over SSE').not.toBeNull();
    expect(elapsed).toBeLessThan(60_000);

    const alert = matched!.data as { id: number; eventId: number; level: string };
    const [event] = await db.select().from(schema.events).where(eq(schema.events.id, alert.eventId));
    expect(event!.keywords).toEqual(expect.arrayContaining(['搅拌站']));
    const members = await db
      .select({ title: schema.messages.title })
      .from(schema.messages)
      .where(eq(schema.messages.eventId, alert.eventId));
    expect(members.filter((m) => burstTitles.includes(m.title)).length).toBeGreaterThanOrEqual(6);
    expect(alert.level).toBe('yellow');
    // The event is searchable by its words in the Meilisearch events index.
    const events = rt.search.client.index(indexUid(rt.search.config, 'events'));
    await eventually(
      async () => (await events.search('搅拌站')).hits.some((h) => h.id === alert.eventId),
      10_000,
      'event indexed',
    );
    // The monitoring scheme caught the same messages and raised its own alert.
    const hits = await db.select().from(schema.schemeHits).where(eq(schema.schemeHits.schemeId, scheme.id));
    expect(hits.length).toBeGreaterThanOrEqual(7);
    await eventually(
      async () =>
        (await db.select().from(schema.alerts).where(eq(schema.alerts.kind, 'scheme'))).length === 1,
      10_000,
      'scheme alert',
    );
    expect(seen.length).toBeGreaterThan(1);
  }, 150_000);
});
