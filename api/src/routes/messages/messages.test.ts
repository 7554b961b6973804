import { markForReindex, schema } from '@desk/core/store';
import {
  createGenerator,
  inquiryItem,
  type Pipeline,
  runIngestBatch,
  startPipeline,
  webItem,
} from '@desk/ingest';
import { indexUid } from '@desk/search-config';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq, inArray, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/messages', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let duty: string;
  let edu: string;
  const eduIds: number[] = [];
  let eduDepartment = 0;
  const list = async (token: string, query: Json = {}) => {
    const params = new URLSearchParams(
      Object.entries(query).map(([k, v]): [string, string] => [k, JSON.stringify(v)]),
    );
    const res = await call(rt.app, token, `/api/messages?${params}`);
    return {
      res,
      rows: res.status === 200 ? ((await res.clone().json()) as Json[]) : [],
      range: res.headers.get('Content-Range'),
    };
  };
  const searchable = async (n: number) => {
    for (let i = 0; i < 200; i++) {
      const [row] = await rt.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.searchOutbox);
      if (row!.n === 0 && i > 0) return;
      pipeline.indexer?.notify();
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`outbox not drained (${n})`);
  };

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: 'silent' }),
      tuning: { indexPollMs: 100 },
    });
    const [web] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 'web', type: 'json' })
      .returning();
    const [portal] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 'portal', type: 'portal' })
      .returning();
    const generator = createGenerator({ seed: 5, repostRate: 0, burstRate: 0 });
    const items = Array.from({ length: 40 }, (_, i) =>
      webItem(generator.message(new Date(Date.UTC(2024, 0, 1 + i)))),
    );
    items[0]!.title = '昌江区西郊街道路灯不亮';
    items[0]!.body = '昌江区西郊街道新枫路的路灯坏了一个月，联系电话13912345678';
    const deps = {
      db: rt.database.db,
      tuning: (await import('@desk/ingest')).defaultTuning,
      bands: { lookup: async () => new Map(), record: async () => {} },
    };
    await runIngestBatch({ sourceId: web!.id, fetchedAt: new Date().toISOString(), items }, deps);
    const inquiries = Array.from({ length: 5 }, () => inquiryItem(generator.inquiry()));
    await runIngestBatch(
      { sourceId: portal!.id, fetchedAt: new Date().toISOString(), items: inquiries },
      deps,
    );
    const [department] = await rt.database.db
      .select()
      .from(schema.departments)
      .where(eq(schema.departments.code, 'edu'));
    eduDepartment = department!.id;
    const picked = await rt.database.db.select({ id: schema.messages.id }).from(schema.messages).limit(3);
    eduIds.push(...picked.map((r) => r.id));
    await rt.database.db
      .update(schema.messages)
      .set({ departmentIds: [eduDepartment] })
      .where(inArray(schema.messages.id, eduIds));
    await markForReindex(rt.database.db, eduIds);
    await searchable(45);
    duty = await loginAs(rt.app, 'duty');
    edu = await loginAs(rt.app, 'edu');
  });
  afterAll(async () => {
    await pipeline?.close();
    await rt?.close();
  });

  it('lists the newest first in pages with a Content-Range', async () => {
    const { res, rows, range } = await list(duty, { range: [0, 9] });
    expect(res.status).toBe(200);
    expect(range).toBe('messages 0-9/45');
    const times = rows.map((r) => new Date(r.publishedAt ?? r.receivedAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(rows[0]).not.toHaveProperty('fingerprint');
    expect(rows[0]).not.toHaveProperty('dedupeKey');
  });

  it('filters by facets: kind, inquiry type, region, source and date range', async () => {
    expect((await list(duty, { filter: { kind: 'inquiry' } })).range).toBe('messages 0-4/5');
    const region = await list(duty, { filter: { region: '昌江区', from: '2024-01-01', to: '2024-01-02' } });
    expect(region.rows.map((r) => r.title)).toContain('昌江区西郊街道路灯不亮');
    const range = await list(duty, { filter: { from: '2024-01-10T00:00:00Z', to: '2024-01-19T23:59:59Z' } });
    expect(range.range).toBe('messages 0-9/10');
    const negative = await list(duty, { filter: { sentiment: '负面' }, range: [0, 99] });
    expect(negative.rows.length).toBeGreaterThan(0);
    expect(negative.rows.every((r) => r.sentimentLabel === '负面')).toBe(true);
  });

  it('searches the full text through Meilisearch, combined with facets, with exact totals', async () => {
    const { rows, range } = await list(duty, { filter: { q: '路灯', region: '昌江区' }, range: [0, 24] });
    expect(rows.map((r) => r.title)).toContain('昌江区西郊街道路灯不亮');
    expect(rows.every((r) => r.region === '昌江区')).toBe(true);
    expect(range).toMatch(/^messages 0-\d+\/\d+$/);
    const phone = await list(duty, { filter: { q: '13912345678' } });
    expect(phone.rows).toHaveLength(0);
  });

  it('explains each hit: the title with its matches marked and a masked snippet, as plain text', async () => {
    const { rows } = await list(duty, { filter: { q: '路灯' }, sort: ['receivedAt', 'DESC'] });
    const lamp = rows.find((r) => r.title === '昌江区西郊街道路灯不亮');
    // The query's words are marked wherever they occur, even where the index cut the title otherwise (街道 / 道路).
    expect(lamp?.match.title).toEqual([
      { text: '昌江区西郊街道', hit: false },
      { text: '路灯', hit: true },
      { text: '不亮', hit: false },
    ]);
    expect(lamp?.match.snippet).toContainEqual({ text: '路灯', hit: true });
    expect(lamp?.match.terms).toContain('路灯');
    const snippet = (lamp!.match.snippet as { text: string }[]).map((s) => s.text).join('');
    expect(snippet).toContain('路灯');
    expect(snippet).not.toContain('13912345678');
    expect(snippet).toMatch(/139\*+5678/);
    expect(JSON.stringify(rows)).not.toMatch(/<em>|\uE000|\uE001|_formatted/);
  });

  it('honours the chosen sort when a query is given', async () => {
    const times = (rows: Json[]) => rows.map((r) => new Date(r.publishedAt).getTime());
    const q = { filter: { q: '小区' }, range: [0, 99] };
    const down = (await list(duty, { ...q, sort: ['publishedAt', 'DESC'] })).rows;
    const up = (await list(duty, { ...q, sort: ['publishedAt', 'ASC'] })).rows;
    expect(down.length).toBeGreaterThan(2);
    expect(times(down)).toEqual([...times(down)].sort((a, b) => b - a));
    expect(up.map((r) => r.id)).toEqual([...down].reverse().map((r) => r.id));
  });

  it('treats hostile filter values as plain values and refuses unknown filters and sorts', async () => {
    const hostile = await list(duty, { filter: { q: '路灯', region: '昌江区" OR kind = "web' } });
    expect(hostile.res.status).toBe(200);
    expect(hostile.rows).toHaveLength(0);
    expect((await list(duty, { filter: { region: "x' or 1=1 --" } })).rows).toHaveLength(0);
    expect((await list(duty, { filter: { secret: 1 } })).res.status).toBe(400);
    expect((await list(duty, { sort: ['body; drop table messages', 'ASC'] })).res.status).toBe(400);
    expect((await list(duty, { filter: { channel: 'carrier-pigeon' } })).res.status).toBe(400);
  });

  it("shows a handler only their department's messages, in lists, search, detail and totals", async () => {
    const all = await list(edu, { range: [0, 99] });
    expect(all.rows.map((r) => r.id).sort()).toEqual([...eduIds].sort());
    expect(all.range).toBe('messages 0-2/3');
    const found = await list(edu, { filter: { q: '小区' } });
    expect(found.rows.every((r) => eduIds.includes(r.id))).toBe(true);
    const other = (await list(duty, { filter: { kind: 'inquiry' } })).rows.find(
      (r) => !eduIds.includes(r.id),
    );
    expect((await call(rt.app, edu, `/api/messages/${other!.id}`)).status).toBe(404);
    expect((await call(rt.app, edu, `/api/messages/${eduIds[0]}`)).status).toBe(200);
  });

  it('lets the duty officer set the triage status (audited, reindexed) but not a handler', async () => {
    const id = eduIds[1]!;
    expect(
      (await call(rt.app, edu, `/api/messages/${id}`, { method: 'PATCH', json: { status: 'noise' } })).status,
    ).toBe(403);
    const res = await call(rt.app, duty, `/api/messages/${id}`, {
      method: 'PATCH',
      json: { status: 'noise' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).status).toBe('noise');
    await searchable(1);
    const noise = await list(duty, { filter: { status: 'noise' } });
    expect(noise.rows.map((r) => r.id)).toEqual([id]);
    const index = rt.search.client.index(indexUid(rt.search.config, 'messages'));
    expect((await index.getDocument(id)).status).toBe('noise');
    const [entry] = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'update'));
    expect(entry).toMatchObject({ entity: 'messages', entityId: String(id), actorName: 'duty' });
  });

  it('unmasks the originals and the portal contact for duty and admin only, each view audited', async () => {
    const [inquiry] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.kind, 'inquiry'))
      .limit(1);
    const shown = (await (await call(rt.app, duty, `/api/messages/${inquiry!.id}`)).json()) as Json;
    expect(shown.contact.phone).toMatch(/^1\d\d\*{4}\d{4}$/);
    for (const who of ['reviewer', 'leader', 'edu'])
      expect(
        (
          await call(rt.app, await loginAs(rt.app, who), `/api/messages/${inquiry!.id}/unmask`, {
            method: 'POST',
          })
        ).status,
      ).toBe(403);
    for (const who of ['duty', 'admin']) {
      const res = await call(rt.app, await loginAs(rt.app, who), `/api/messages/${inquiry!.id}/unmask`, {
        method: 'POST',
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).contact.phone).toMatch(/^1\d{10}$/);
    }
    const views = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'unmask'));
    expect(views.map((v) => v.actorName).sort()).toEqual(['admin', 'duty']);
  });

  it('shows a document reindexed since this process last served it, not the copy it kept', async () => {
    const id = eduIds[1]!;
    const [row] = await rt.database.db.select().from(schema.messages).where(eq(schema.messages.id, id));
    const statusOf = async () => {
      const found = await list(duty, { filter: { q: row!.title }, range: [0, 99] });
      return found.rows.find((r) => r.id === id)?.status;
    };
    expect(await statusOf()).toBe(row!.status);
    const status = row!.status === 'triaged' ? 'new' : 'triaged';
    await rt.database.db.update(schema.messages).set({ status }).where(eq(schema.messages.id, id));
    await markForReindex(rt.database.db, [id]);
    await searchable(id);
    expect(await statusOf()).toBe(status);
  });

  it('serves search pages from the stored documents, and from the database in scope what changed since', async () => {
    const search = async (token: string, id: number) => {
      const [row] = await rt.database.db.select().from(schema.messages).where(eq(schema.messages.id, id));
      const found = await list(token, { filter: { q: row!.title }, range: [0, 99] });
      expect(found.res.status).toBe(200);
      return found.rows.filter((r) => r.id === id).map(({ match: _, ...message }) => message);
    };
    const [inquiry] = await rt.database.db
      .select({ id: schema.messages.id })
      .from(schema.messages)
      .where(eq(schema.messages.kind, 'inquiry'))
      .limit(1);
    for (const id of [inquiry!.id, eduIds[0]!]) {
      const detail = (await (await call(rt.app, duty, `/api/messages/${id}`)).json()) as Json;
      expect(await search(duty, id)).toEqual([detail]);
    }
    await pipeline.indexer?.stop();
    // Not marked for reindexing: the page shows the document, the database is not read.
    const [unmarked, moved] = [eduIds[2]!, eduIds[0]!];
    await rt.database.db
      .update(schema.messages)
      .set({ status: 'triaged' })
      .where(eq(schema.messages.id, unmarked));
    expect((await search(duty, unmarked))[0]?.status).toBe('new');
    // Moved out of the department and waiting in the outbox: re-read, so the handler no longer sees it.
    await rt.database.db
      .update(schema.messages)
      .set({ departmentIds: [] })
      .where(eq(schema.messages.id, moved));
    await markForReindex(rt.database.db, [moved]);
    expect(await search(edu, moved)).toEqual([]);
    expect((await search(duty, moved))[0]?.departmentIds).toEqual([]);
    // Set through the API right after a search (the outbox snapshot is fresh): the next page has it.
    const edited = inquiry!.id;
    expect((await search(duty, edited))[0]?.status).not.toBe('triaged');
    const res = await call(rt.app, duty, `/api/messages/${edited}`, {
      method: 'PATCH',
      json: { status: 'triaged' },
    });
    expect(res.status).toBe(200);
    expect((await search(duty, edited))[0]?.status).toBe('triaged');
  });
});
