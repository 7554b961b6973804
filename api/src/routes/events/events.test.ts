import { insertEvent, schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/events', () => {
  let rt: TestRuntime;
  let duty: string;
  const ids: number[] = [];
  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
    const now = new Date();
    for (const [title, hotness] of [
      ['搅拌站噪音扰民', 120],
      ['学位不足', 80],
      ['公交停运', 150],
    ] as const) {
      const e = await insertEvent(rt.database.db, {
        title,
        hotness,
        keywords: [title],
        centroid: { [title]: 1 },
        firstSeenAt: now,
        lastSeenAt: now,
      });
      ids.push(e.id);
    }
  });
  afterAll(() => rt?.close());

  it('lists events hottest first without their internal term vectors', async () => {
    const res = await call(rt.app, duty, '/api/events');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { title: string; centroid?: unknown }[];
    expect(rows.map((r) => r.title)).toEqual(['公交停运', '搅拌站噪音扰民', '学位不足']);
    expect(rows[0]).not.toHaveProperty('centroid');
  });

  it('publishes the hotness formula in Chinese and English', async () => {
    const formula = (await (await call(rt.app, duty, '/api/events/formula')).json()) as {
      zh: string;
      en: string;
    };
    expect(formula.zh).toContain('热度');
    expect(formula.en).toContain('ln(1+messages)');
  });

  it('lets the duty officer set severity and status, and merge events', async () => {
    const res = await call(rt.app, duty, `/api/events/${ids[0]}`, {
      method: 'PUT',
      json: { severity: '较大', status: 'watching' },
    });
    expect(await res.json()).toMatchObject({ severity: '较大', status: 'watching' });
    const merged = await call(rt.app, duty, `/api/events/${ids[0]}/merge`, { json: { eventIds: [ids[1]] } });
    expect(merged.status).toBe(200);
    const rows = (await (await call(rt.app, duty, '/api/events')).json()) as { id: number }[];
    expect(rows.map((r) => r.id)).not.toContain(ids[1]);
  });

  it("shows a handler only the events of their department's cases, with the event's messages", async () => {
    const db = rt.database.db;
    const [source] = await db.insert(schema.sources).values({ name: '事件测试', type: 'json' }).returning();
    const messages = await db
      .insert(schema.messages)
      .values(
        ['公交停运一整天', '公交停运没有通知'].map((title, i) => ({
          sourceId: source!.id,
          dedupeKey: `id:event-scope-${i}`,
          kind: 'web' as const,
          channel: 'web' as const,
          title,
          body: title,
          eventId: ids[2]!,
        })),
      )
      .returning({ id: schema.messages.id });
    const [edu, health] = await Promise.all([loginAs(rt.app, 'edu'), loginAs(rt.app, 'health')]);
    const created = await call(rt.app, duty, '/api/cases', {
      json: {
        type: 'opinion',
        severity: 'general',
        channel: 'monitoring',
        title: '公交停运',
        body: '公交停运，市民反映强烈',
        eventId: ids[2],
      },
    });
    expect(created.status).toBe(201);
    const [department] = await db.select().from(schema.departments).where(eq(schema.departments.code, 'edu'));
    await db
      .update(schema.cases)
      .set({ departmentIds: [department!.id], leadDepartmentId: department!.id })
      .where(eq(schema.cases.id, ((await created.json()) as { id: number }).id));
    const eventsOf = async (token: string) => {
      const res = await call(rt.app, token, '/api/events');
      return { rows: (await res.json()) as { id: number }[], range: res.headers.get('Content-Range') };
    };
    const messagesOf = async (token: string) =>
      (await (
        await call(
          rt.app,
          token,
          `/api/messages?filter=${encodeURIComponent(JSON.stringify({ eventId: ids[2] }))}`,
        )
      ).json()) as { id: number }[];
    // The handler of the case's department: the event, its page, its timeline and its messages.
    expect(await eventsOf(edu)).toEqual({
      rows: [expect.objectContaining({ id: ids[2] })],
      range: 'events 0-0/1',
    });
    expect((await call(rt.app, edu, `/api/events/${ids[2]}`)).status).toBe(200);
    expect((await call(rt.app, edu, `/api/events/${ids[2]}/timeline`)).status).toBe(200);
    expect((await messagesOf(edu)).map((m) => m.id).sort()).toEqual(messages.map((m) => m.id).sort());
    expect((await call(rt.app, edu, `/api/messages/${messages[0]!.id}`)).status).toBe(200);
    // Nothing else: other events, edits.
    expect((await call(rt.app, edu, `/api/events/${ids[0]}`)).status).toBe(404);
    expect((await call(rt.app, edu, `/api/events/${ids[0]}/timeline`)).status).toBe(404);
    expect(
      (await call(rt.app, edu, `/api/events/${ids[2]}`, { method: 'PUT', json: { status: 'closed' } }))
        .status,
    ).toBe(403);
    // A handler of another department gets nothing.
    expect(await eventsOf(health)).toEqual({ rows: [], range: 'events 0-0/0' });
    expect((await call(rt.app, health, `/api/events/${ids[2]}`)).status).toBe(404);
    expect((await call(rt.app, health, `/api/reports/events/${ids[2]}/report.html`)).status).toBe(404);
    expect(await messagesOf(health)).toEqual([]);
    expect((await call(rt.app, health, `/api/messages/${messages[0]!.id}`)).status).toBe(404);
  });

  it('refuses edits to a leader (403), a bad severity (400) and an unknown id (404)', async () => {
    const leader = await loginAs(rt.app, 'leader');
    expect((await call(rt.app, leader, '/api/events')).status).toBe(200);
    expect(
      (await call(rt.app, leader, `/api/events/${ids[2]}`, { method: 'PUT', json: { status: 'closed' } }))
        .status,
    ).toBe(403);
    expect(
      (await call(rt.app, duty, `/api/events/${ids[2]}`, { method: 'PUT', json: { severity: '巨大' } }))
        .status,
    ).toBe(400);
    expect((await call(rt.app, duty, '/api/events/99999')).status).toBe(404);
  });
});
