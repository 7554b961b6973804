import { schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { indexUid } from '@desk/search-config';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  atomFeed,
  customJsonFeed,
  customJsonMapping,
  eventually,
  gbk,
  generated,
  rssFeed,
  startFeedServer,
} from './ingest-support';

describe('feeds through the ingest pipeline', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let admin: string;
  const sourceIds: Record<string, number> = {};
  const rss = generated(11, 40, 'https://bbs.a.example.cn');
  const atom = generated(12, 25, 'https://bbs.b.example.cn');
  const json = generated(13, 30, 'https://bbs.c.example.cn');
  const gbkItems = generated(14, 20, 'https://bbs.d.example.cn');
  const total = rss.length + atom.length + json.length + gbkItems.length;

  const count = async (where?: ReturnType<typeof eq>) => {
    const [row] = await rt.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.messages)
      .where(where);
    return row!.n;
  };
  const messagesIndex = () => rt.search.client.index(indexUid(rt.search.config, 'messages'));
  const indexedIds = async () => {
    const docs = await messagesIndex().getDocuments({ fields: ['id'], limit: 10_000 });
    return docs.results.map((d) => Number(d.id)).sort((a, b) => a - b);
  };
  const source = async (id: number) =>
    (await (await call(rt.app, admin, `/api/sources/${id}`)).json()) as Json;
  const pullNow = async (id: number) => {
    const before = (await source(id)).lastFetchAt;
    expect((await call(rt.app, admin, `/api/sources/${id}/pull`, { method: 'POST' })).status).toBe(202);
    return eventually(
      async () => {
        const s = await source(id);
        return s.lastFetchAt !== before ? s : null;
      },
      20_000,
      'a new pull',
    );
  };

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    feeds = await startFeedServer();
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      tuning: { hostGapMs: 0, repeatEveryMs: { tick: 60_000 }, maxFeedBytes: 2 * 1024 * 1024 },
    });
    admin = await loginAs(rt.app, 'admin');
    feeds.set('/rss.xml', { body: rssFeed(rss), contentType: 'application/rss+xml', etag: '"rss-1"' });
    feeds.set('/atom.xml', { body: atomFeed(atom), contentType: 'application/atom+xml' });
    feeds.set('/api/list', { body: customJsonFeed(json), contentType: 'application/json' });
    feeds.set('/gbk.xml', { body: gbk(rssFeed(gbkItems, 'GBK')), contentType: 'text/xml' });
    const register = async (key: string, name: string, type: string, path: string, extra: Json = {}) => {
      const res = await call(rt.app, admin, '/api/sources', {
        json: { name, type, url: feeds.url(path), intervalSeconds: 3600, ...extra },
      });
      expect(res.status, await res.clone().text()).toBe(201);
      sourceIds[key] = ((await res.json()) as Json).id;
    };
    await register('board', '市民留言板', 'rss', '/rss.xml');
    await register('atom', '网络问政', 'atom', '/atom.xml');
    await register('api', '问政接口', 'json', '/api/list', { mapping: customJsonMapping });
    await register('gbk', '老论坛', 'rss', '/gbk.xml');
  });
  afterAll(async () => {
    await pipeline?.close();
    await feeds?.close();
    await rt?.close();
  });

  it('stores every item of RSS, Atom, mapped JSON and GBK feeds once and makes it searchable', async () => {
    await eventually(async () => (await count()) === total, 30_000, `${total} messages stored`);
    await eventually(async () => (await indexedIds()).length === total, 30_000, `${total} messages indexed`);
    const stored = await rt.database.db.select({ id: schema.messages.id }).from(schema.messages);
    expect(await indexedIds()).toEqual(stored.map((r) => r.id).sort((a, b) => a - b));
    for (const [name, items] of [
      ['gbk', gbkItems],
      ['api', json],
      ['atom', atom],
    ] as const) {
      const [row] = await rt.database.db
        .select()
        .from(schema.messages)
        .where(
          and(
            eq(schema.messages.sourceId, sourceIds[name]!),
            eq(schema.messages.externalId, items[0]!.externalId),
          ),
        );
      expect(row?.title, name).toBe(items[0]!.title);
    }
    const [mapped] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.externalId, json[3]!.externalId));
    expect(mapped).toMatchObject({
      likes: json[3]!.likes,
      replies: json[3]!.replies,
      author: json[3]!.author,
    });
    expect(mapped!.url).toBe(`https://bbs.c.example.cn/thread/${json[3]!.externalId}`);
  });

  it('finds a GBK message by a Chinese word of its title through the API', async () => {
    const duty = await loginAs(rt.app, 'duty');
    const word = gbkItems[0]!.title.slice(0, 4);
    const res = await call(
      rt.app,
      duty,
      `/api/messages?filter=${encodeURIComponent(JSON.stringify({ q: word, sourceId: sourceIds.gbk }))}`,
    );
    expect(res.status).toBe(200);
    const hits = (await res.json()) as Json[];
    expect(hits.map((h) => h.externalId)).toContain(gbkItems[0]!.externalId);
    expect(res.headers.get('Content-Range')).toMatch(/^messages 0-\d+\/\d+$/);
  });

  it('adds nothing when the same items are served again, and uses the ETag', async () => {
    const before = await count();
    await pullNow(sourceIds.atom!);
    const hitsBefore = feeds.hits('/rss.xml');
    const rssSource = await pullNow(sourceIds.board!);
    expect(feeds.hits('/rss.xml')).toBe(hitsBefore + 1);
    expect(rssSource).toMatchObject({ consecutiveFailures: 0, lastError: null, health: 'ok' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await count()).toBe(before);
  });

  it('links a near-duplicate repost to its original instead of showing it twice', async () => {
    const original = atom[5]!;
    const repost = {
      ...original,
      externalId: 'repost-1',
      url: 'https://bbs.b.example.cn/thread/repost-1',
      title: `转：${original.title}`,
      body: `【转】${original.body}大家帮忙转发！`,
    };
    feeds.set('/atom.xml', { body: atomFeed([...atom, repost]), contentType: 'application/atom+xml' });
    await pullNow(sourceIds.atom!);
    const [dup] = await eventually(() =>
      rt.database.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.externalId, 'repost-1'))
        .then((r) => (r.length ? r : null)),
    );
    const [first] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.externalId, original.externalId));
    expect(dup!.duplicateOfId).toBe(first!.id);
    await eventually(
      async () =>
        (await rt.database.db.select().from(schema.messages).where(eq(schema.messages.id, first!.id)))[0]!
          .duplicateCount === 1,
    );
    const duty = await loginAs(rt.app, 'duty');
    const list = (await (await call(rt.app, duty, `/api/messages?range=[0,499]`)).json()) as Json[];
    expect(list.map((m) => m.id)).not.toContain(dup!.id);
    expect(list.find((m) => m.id === first!.id)?.duplicateCount).toBe(1);
    await eventually(async () => (await messagesIndex().getDocument(first!.id)).duplicateCount === 1);
    expect(await indexedIds()).not.toContain(dup!.id);
  });

  it('masks personal data in the database, the index and the API, and unmasks it only for duty and admin, audited', async () => {
    const withPhone = generated(15, 1, 'https://bbs.e.example.cn')[0]!;
    withPhone.externalId = 'pii-1';
    withPhone.body = `我家住在昌江区西郊街道，电话13912345678，身份证36020319850612123X，请联系。${withPhone.body}`;
    feeds.set('/rss.xml', {
      body: rssFeed([...rss, withPhone]),
      contentType: 'application/rss+xml',
      etag: '"rss-2"',
    });
    await pullNow(sourceIds.board!);
    const [row] = await eventually(() =>
      rt.database.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.externalId, 'pii-1'))
        .then((r) => (r.length ? r : null)),
    );
    expect(row!.body).toContain('139****5678');
    expect(row!.body).not.toContain('13912345678');
    expect(row!.body).not.toContain('36020319850612123X');
    expect(row!.piiKinds.sort()).toEqual(['id-card', 'mobile']);
    expect(row!.region).toBe('昌江区');
    const doc = await eventually(() =>
      messagesIndex()
        .getDocument(row!.id)
        .catch(() => null),
    );
    expect(JSON.stringify(doc)).not.toContain('13912345678');
    const found = await messagesIndex().search('13912345678');
    expect(found.hits).toHaveLength(0);

    for (const who of ['leader', 'reviewer']) {
      const token = await loginAs(rt.app, who);
      const shown = (await (await call(rt.app, token, `/api/messages/${row!.id}`)).json()) as Json;
      expect(shown.body).toContain('139****5678');
      expect((await call(rt.app, token, `/api/messages/${row!.id}/unmask`, { method: 'POST' })).status).toBe(
        403,
      );
    }
    const duty = await loginAs(rt.app, 'duty');
    const res = await call(rt.app, duty, `/api/messages/${row!.id}/unmask`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).body).toContain('13912345678');
    const audits = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'unmask'), eq(schema.auditLog.entityId, String(row!.id))));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorName).toBe('duty');
  });

  describe('bad feeds leave stored data untouched and record the error', () => {
    const cases: [string, () => void, RegExp][] = [
      [
        'a malformed feed',
        () =>
          feeds.set('/rss.xml', {
            body: '<rss><channel><item><title>坏</title></channel>',
            contentType: 'application/rss+xml',
          }),
        /malformed XML/,
      ],
      [
        'a 10 MB body',
        () =>
          feeds.set('/rss.xml', {
            body: Buffer.alloc(10 * 1024 * 1024, 0x20),
            contentType: 'application/rss+xml',
          }),
        /larger than/,
      ],
      [
        'a wrong encoding',
        () =>
          feeds.set('/rss.xml', {
            body: gbk(rssFeed(generated(16, 5))),
            contentType: 'application/rss+xml; charset=utf-8',
          }),
        /UTF-8/,
      ],
    ];
    for (const [what, serve, reason] of cases) {
      it(`records ${what}`, async () => {
        const id = sourceIds.board!;
        const before = await count(eq(schema.messages.sourceId, id));
        serve();
        const after = await pullNow(id);
        expect(after.lastError).toMatch(reason);
        expect(after.consecutiveFailures).toBeGreaterThan(0);
        expect(await count(eq(schema.messages.sourceId, id))).toBe(before);
        // The failed job is listed once its worker has recorded the failure, just after the source's health.
        const failures = await eventually(
          async () => {
            const rows = (await (await call(rt.app, admin, `/api/sources/${id}/failures`)).json()) as Json[];
            return reason.test(String(rows[0]?.reason)) ? rows : null;
          },
          10_000,
          `the failure listed as ${reason}`,
        );
        expect(failures[0]?.reason).toMatch(reason);
        const all = (await (await call(rt.app, admin, '/api/sources/failures')).json()) as Json[];
        expect(all[0]).toMatchObject({ stage: 'pull', sourceId: id });
      });
    }
  });
});
