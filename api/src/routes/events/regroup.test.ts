import { hotness } from '@desk/core/classify';
import { insertEvent, refreshEventStats, schema } from '@desk/core/store';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOUR = 3_600_000;

describe('merging messages into events: POST /api/events/:id/messages and POST /api/events', () => {
  let rt: TestRuntime;
  let duty: string;
  let sourceId = 0;
  let n = 0;

  /** A stored message; `hoursAgo` sets when it arrived (the hotness counts the last 24 h). */
  const message = async (title: string, values: Partial<typeof schema.messages.$inferInsert> = {}) => {
    const receivedAt = new Date(Date.now() - 2 * HOUR);
    const [row] = await rt.database.db
      .insert(schema.messages)
      .values({
        sourceId,
        dedupeKey: `id:${++n}`,
        kind: 'web',
        channel: 'web',
        title,
        body: title,
        receivedAt,
        ...values,
      })
      .returning();
    return row!.id;
  };
  /** An event holding the given messages, with figures counted as the pipeline counts them. */
  const event = async (title: string, messageIds: number[]) => {
    const now = new Date();
    const e = await insertEvent(rt.database.db, {
      title,
      centroid: { [title]: 1 },
      firstSeenAt: now,
      lastSeenAt: now,
    });
    if (messageIds.length)
      await rt.database.db
        .update(schema.messages)
        .set({ eventId: e.id })
        .where(inArray(schema.messages.id, messageIds));
    await refreshEventStats(rt.database.db, [e.id]);
    return e.id;
  };
  const getEvent = async (id: number) =>
    (await (await call(rt.app, duty, `/api/events/${id}`)).json()) as Json;
  const eventOf = async (ids: number[]) =>
    (
      await rt.database.db
        .select({ id: schema.messages.id, eventId: schema.messages.eventId })
        .from(schema.messages)
        .where(inArray(schema.messages.id, ids))
    ).map((r) => r.eventId);
  const queuedForIndex = async (ids: number[]) =>
    (
      await rt.database.db
        .select({ id: schema.searchOutbox.messageId })
        .from(schema.searchOutbox)
        .where(inArray(schema.searchOutbox.messageId, ids))
    ).map((r) => r.id);

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    duty = await loginAs(rt.app, 'duty');
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 'web', type: 'json' })
      .returning();
    sourceId = source!.id;
  });
  afterAll(() => rt?.close());

  it('moves messages into an event and recounts both events, hotness included', async () => {
    const a1 = await message('搅拌站夜间施工噪音', { sentimentLabel: '负面', likes: 10, region: '昌江区' });
    const a2 = await message('搅拌站噪音扰民', { sentimentLabel: '负面', likes: 4, replies: 2 });
    const a3 = await message('搅拌站粉尘', { sentimentLabel: '中性' });
    const b1 = await message('新枫路搅拌站噪音', { sentimentLabel: '负面', likes: 1, region: '珠山区' });
    const loose = await message('搅拌站凌晨还在施工', {
      sentimentLabel: '负面',
      replies: 3,
      receivedAt: new Date(Date.now() - 48 * HOUR),
    });
    const from = await event('搅拌站粉尘', [a1, a2, a3]);
    const into = await event('新枫路搅拌站噪音', [b1]);
    expect((await getEvent(from)).messageCount).toBe(3);

    const res = await call(rt.app, duty, `/api/events/${into}/messages`, {
      json: { messageIds: [a1, a2, loose, b1] },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ id: into, messageCount: 4, negativeCount: 4, likes: 15, replies: 5 });
    expect(body.movedMessageIds.sort()).toEqual([a1, a2, loose].sort());
    expect(body.previousEventIds).toEqual([from]);
    expect(body).not.toHaveProperty('centroid');
    // Three of the four arrived within 24 h, 46 h (one whole day) after the first; the published formula gives the figure.
    expect(body.hotness).toBeCloseTo(
      hotness({
        messages: 4,
        likes: 15,
        dislikes: 0,
        replies: 5,
        negativeShare: 1,
        recentShare: 3 / 4,
        spanDays: 1,
      }),
      1,
    );
    expect(body.regions.sort()).toEqual(['昌江区', '珠山区']);
    expect(new Date(body.firstSeenAt).getTime()).toBeLessThan(Date.now() - 47 * HOUR);

    const left = await getEvent(from);
    expect(left).toMatchObject({ messageCount: 1, negativeCount: 0, likes: 0, replies: 0 });
    expect(left.hotness).toBeCloseTo(
      hotness({
        messages: 1,
        likes: 0,
        dislikes: 0,
        replies: 0,
        negativeShare: 0,
        recentShare: 1,
        spanDays: 0,
      }),
      1,
    );
    expect(await eventOf([a1, a2, loose, a3])).toEqual(expect.arrayContaining([into, into, into, from]));
    expect(await queuedForIndex([a1, a2, loose])).toEqual(expect.arrayContaining([a1, a2, loose]));
    const members = (await (
      await call(
        rt.app,
        duty,
        `/api/messages?filter=${encodeURIComponent(JSON.stringify({ eventId: into }))}`,
      )
    ).json()) as Json[];
    expect(members.map((m) => m.id).sort()).toEqual([a1, a2, loose, b1].sort());

    const [entry] = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'events'), eq(schema.auditLog.action, 'attach')));
    expect(entry).toMatchObject({ actorName: 'duty', entityId: String(into) });
    expect(entry!.after).toMatchObject({ fromEventIds: [from] });
  });

  it('merges an event emptied by the move into the target, so it leaves the hotspot board', async () => {
    const only = await message('老旧小区加装电梯');
    const from = await event('老旧小区加装电梯', [only]);
    const into = await event('加装电梯', []);
    expect(
      (await call(rt.app, duty, `/api/events/${into}/messages`, { json: { messageIds: [only] } })).status,
    ).toBe(200);
    expect(await getEvent(from)).toMatchObject({
      messageCount: 0,
      hotness: 0,
      mergedIntoId: into,
      status: 'closed',
    });
    const board = (await (await call(rt.app, duty, '/api/events?range=[0,99]')).json()) as Json[];
    expect(board.map((e) => e.id)).not.toContain(from);
    expect(board.map((e) => e.id)).toContain(into);
  });

  it('opens a new event from messages, named after the earliest unless the officer names it', async () => {
    const older = await message('学区划片调整引家长不满', {
      topic: '教育文体',
      receivedAt: new Date(Date.now() - 5 * HOUR),
    });
    const newer = await message('学区划片调整何时公布', { topic: '教育文体', sentimentLabel: '负面' });
    const from = await event('学区', [newer]);
    const res = await call(rt.app, duty, '/api/events', { json: { messageIds: [newer, older] } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Json;
    expect(created).toMatchObject({
      title: '学区划片调整引家长不满',
      topic: '教育文体',
      messageCount: 2,
      negativeCount: 1,
      status: 'open',
    });
    expect(created.keywords.length).toBeGreaterThan(0);
    expect(created.hotness).toBeGreaterThan(0);
    expect(await eventOf([older, newer])).toEqual([created.id, created.id]);
    expect(await getEvent(from)).toMatchObject({ messageCount: 0, mergedIntoId: created.id });

    const named = await call(rt.app, duty, '/api/events', {
      json: { title: '学区划片', messageIds: [older] },
    });
    expect(await named.json()).toMatchObject({
      title: '学区划片',
      messageCount: 1,
      previousEventIds: [created.id],
    });
    expect((await getEvent(created.id)).messageCount).toBe(1);
  });

  it('lets an administrator do it too', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const m = await message('公交线路停运');
    expect((await call(rt.app, admin, '/api/events', { json: { messageIds: [m] } })).status).toBe(201);
  });

  it('refuses bad bodies (400), unknown events and messages (404) and changes nothing then', async () => {
    const m = await message('路灯不亮');
    const target = await event('路灯', []);
    const attach = (json: unknown, id = target) => call(rt.app, duty, `/api/events/${id}/messages`, { json });
    expect((await attach({ messageIds: [] })).status).toBe(400);
    expect((await attach({ messageIds: ['x'] })).status).toBe(400);
    expect((await attach({ messageIds: [m], eventId: 1 })).status).toBe(400);
    expect((await call(rt.app, duty, '/api/events', { json: { title: '', messageIds: [m] } })).status).toBe(
      400,
    );
    expect((await call(rt.app, duty, '/api/events', { json: {} })).status).toBe(400);
    expect((await attach({ messageIds: [m] }, 999_999)).status).toBe(404);
    const missing = await attach({ messageIds: [m, 999_999] });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).details).toEqual({ missingMessageIds: [999_999] });
    expect((await call(rt.app, duty, '/api/events', { json: { messageIds: [999_998] } })).status).toBe(404);
    expect(await eventOf([m])).toEqual([null]);
  });

  it('refuses a merged event as the target (409)', async () => {
    const m = await message('供暖不热');
    const gone = await event('供暖', []);
    const kept = await event('供暖不热', []);
    await call(rt.app, duty, `/api/events/${kept}/merge`, { json: { eventIds: [gone] } });
    const res = await call(rt.app, duty, `/api/events/${gone}/messages`, { json: { messageIds: [m] } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Json).details).toEqual({ mergedIntoId: kept });
  });

  it('refuses anonymous callers (401) and every role but duty officers and administrators (403)', async () => {
    const m = await message('井盖缺失');
    const target = await event('井盖', []);
    expect(
      (await call(rt.app, null, `/api/events/${target}/messages`, { json: { messageIds: [m] } })).status,
    ).toBe(401);
    expect((await call(rt.app, null, '/api/events', { json: { messageIds: [m] } })).status).toBe(401);
    for (const user of ['leader', 'reviewer', 'edu']) {
      const token = await loginAs(rt.app, user);
      expect(
        (await call(rt.app, token, `/api/events/${target}/messages`, { json: { messageIds: [m] } })).status,
      ).toBe(403);
      expect((await call(rt.app, token, '/api/events', { json: { messageIds: [m] } })).status).toBe(403);
    }
    expect(await eventOf([m])).toEqual([null]);
  });
});
