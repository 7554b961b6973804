import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RawItem } from '@desk/core';
import { getSource, schema } from '@desk/core/store';
import { createDeskJobs, deskEventsStream, type JobProducer, raiseAndAnnounce } from '@desk/queue';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoFeed } from '../demo/feed';
import { RetryableIngestError } from '../sources/errors';
import { defaultTuning } from '../tuning';
import { type PullDeps, pullSource } from './pull';
import { alertQuietSources, scheduleDuePulls } from './schedule';

describe('pulling sources and their health', () => {
  let rt: TestRuntime;
  const enqueued: RawItem[][] = [];
  let deps: PullDeps;
  let jobs: JobProducer;
  const raise: PullDeps['raiseAlert'] = (input) =>
    raiseAndAnnounce(
      { db: rt.database.db, redis: rt.redis, prefix: rt.queue.prefix, jobs, log: console },
      input,
    );
  /** What the desk was told live (the event stream every API process reads) about alerts. */
  const announced = async () =>
    (await rt.redis.xrange(deskEventsStream(rt.queue.prefix), '-', '+'))
      .map(([, fields]) => JSON.parse(fields[1]!))
      .filter((e) => e.type === 'alert.new');
  let status = 200;
  const server = createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 2_000);
    res
      .writeHead(status, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ items: [{ id: 'x', title: '标题' }] }));
  });
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const addSource = async (name: string, values: Partial<typeof schema.sources.$inferInsert> = {}) =>
    (
      await rt.database.db
        .insert(schema.sources)
        .values({ name, type: 'json', url: url('/feed'), ...values })
        .returning()
    )[0]!;

  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    jobs = createDeskJobs(rt.queue);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    deps = {
      db: rt.database.db,
      redis: rt.redis,
      prefix: rt.queue.prefix!,
      tuning: { ...defaultTuning, hostGapMs: 0, fetchTimeoutMs: 500 },
      demoFeed: createDemoFeed(7),
      userAgent: 'OpinionDesk/0.1 (test)',
      enqueue: async (_sourceId, _at, items) => void enqueued.push(items),
      raiseAlert: raise,
    };
  });
  afterAll(async () => {
    server.close();
    await jobs?.close();
    await rt?.close();
  });

  it('records a successful pull and hands the items on', async () => {
    const source = await addSource('ok');
    expect(await pullSource(source.id, deps)).toEqual({ items: 1 });
    expect(enqueued.at(-1)?.[0]).toMatchObject({ externalId: 'x', title: '标题' });
    expect(await getSource(rt.database.db, source.id)).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
    });
  });

  it('counts failures (server errors retryable, timeouts too) and raises and announces one alert after three in a row', async () => {
    status = 503;
    const source = await addSource('down');
    for (let i = 0; i < 4; i++)
      await expect(pullSource(source.id, deps)).rejects.toBeInstanceOf(RetryableIngestError);
    status = 200;
    const row = await getSource(rt.database.db, source.id);
    expect(row).toMatchObject({ consecutiveFailures: 4, lastError: 'HTTP 503 Service Unavailable' });
    const alerts = await rt.database.db
      .select()
      .from(schema.alerts)
      .where(eq(schema.alerts.sourceId, source.id));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'source-health', dedupeKey: `source-failing:${source.id}` });
    expect((await announced()).filter((e) => e.id === alerts[0]!.id)).toHaveLength(1);
    expect(await jobs.find('notify', `alert:${alerts[0]!.id}`)).toEqual({ alertId: alerts[0]!.id });
    const slow = await addSource('slow', { url: url('/slow') });
    await expect(pullSource(slow.id, deps)).rejects.toThrow(/timed out/);
  });

  it('alerts once about a feed that stopped bringing new items, and announces it', async () => {
    const old = new Date(Date.now() - 3 * 86_400_000);
    const quiet = await addSource('quiet', { lastSuccessAt: new Date(), lastNewItemAt: old, createdAt: old });
    expect(await alertQuietSources(rt.database.db, raise)).toBe(1);
    expect(await alertQuietSources(rt.database.db, raise)).toBe(0);
    const [alert] = await rt.database.db
      .select()
      .from(schema.alerts)
      .where(eq(schema.alerts.sourceId, quiet.id));
    expect(alert!.dedupeKey).toBe(`source-quiet:${quiet.id}`);
    expect((await announced()).filter((e) => e.id === alert!.id)).toMatchObject([{ kind: 'source-health' }]);
  });

  it('schedules each due source once, even when ticks overlap', async () => {
    await addSource('due', { nextPullAt: new Date(Date.now() - 1_000), intervalSeconds: 600 });
    const due: number[] = [];
    await Promise.all([
      scheduleDuePulls(rt.database.db, async (id) => void due.push(id)),
      scheduleDuePulls(rt.database.db, async (id) => void due.push(id)),
    ]);
    expect(new Set(due).size).toBe(due.length);
    expect(await scheduleDuePulls(rt.database.db, async () => {})).toBe(0);
  });

  it('fills an empty demo source with a day of history, then a few messages per pull', async () => {
    const demo = await addSource('demo', { type: 'demo', url: null });
    const before = enqueued.length;
    await pullSource(demo.id, deps);
    const backlog = enqueued[before]!;
    expect(backlog.length).toBeGreaterThan(50);
    expect(backlog.some((i) => i.kind === 'inquiry' && i.contact?.phone)).toBe(true);
    expect(backlog.filter((i) => /1[3-9]\d{9}/.test(`${i.body}`)).length).toBeGreaterThan(0);
    await pullSource(demo.id, deps);
    expect(enqueued.length).toBe(before + 2);
    expect(enqueued.at(-1)!.length).toBeLessThanOrEqual(5);
  });
});
