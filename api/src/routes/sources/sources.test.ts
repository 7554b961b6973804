import { schema } from '@desk/core/store';
import { createQueue, jobRegistry, queueNames } from '@desk/queue';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const feed = { name: '市民论坛', type: 'rss', url: 'http://127.0.0.1:9/feed.xml', intervalSeconds: 600 };

describe('/api/sources', () => {
  let rt: TestRuntime;
  let admin: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
  });
  afterAll(() => rt?.close());

  it('creates a source, queues its first pull at once and audits the creation', async () => {
    const res = await call(rt.app, admin, '/api/sources', { json: feed });
    expect(res.status).toBe(201);
    const source = (await res.json()) as Json;
    expect(source).toMatchObject({ ...feed, enabled: true, health: 'pending', consecutiveFailures: 0 });
    expect(source).not.toHaveProperty('etag');
    const pulls = createQueue(jobRegistry.pull.queue, rt.queue);
    const waiting = await pulls.getWaiting();
    await pulls.close();
    expect(waiting.map((j) => j.data)).toContainEqual({ sourceId: source.id, reason: 'created' });
    const [entry] = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'sources'));
    expect(entry).toMatchObject({ action: 'create', actorName: 'admin', entityId: String(source.id) });
  });

  it('lists sources with their health to duty officers and leaders, not to handlers', async () => {
    for (const who of ['duty', 'leader']) {
      const res = await call(rt.app, await loginAs(rt.app, who), '/api/sources');
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Range')).toMatch(/^sources 0-\d+\/\d+$/);
      expect(((await res.json()) as Json[])[0]).toHaveProperty('health');
    }
    expect((await call(rt.app, await loginAs(rt.app, 'edu'), '/api/sources')).status).toBe(403);
  });

  it('refuses bad input with 400: a non-http URL, a too short interval, a mapping that is not paths', async () => {
    for (const bad of [
      { ...feed, name: 'a', url: 'file:///etc/passwd' },
      { ...feed, name: 'b', intervalSeconds: 5 },
      { ...feed, name: 'c', type: 'json', mapping: { title: 'a b; drop' } },
      { ...feed, name: 'd', type: 'ftp' },
    ])
      expect((await call(rt.app, admin, '/api/sources', { json: bad })).status).toBe(400);
  });

  it('refuses a duplicate name with 409 and lets only the admin change or delete', async () => {
    expect((await call(rt.app, admin, '/api/sources', { json: feed })).status).toBe(409);
    const [row] = await rt.database.db
      .select()
      .from(schema.sources)
      .where(eq(schema.sources.name, feed.name));
    const duty = await loginAs(rt.app, 'duty');
    expect(
      (await call(rt.app, duty, `/api/sources/${row!.id}`, { method: 'PUT', json: { enabled: false } }))
        .status,
    ).toBe(403);
    const updated = await call(rt.app, admin, `/api/sources/${row!.id}`, {
      method: 'PUT',
      json: { intervalSeconds: 900, encoding: 'GBK' },
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()) as Json).toMatchObject({ intervalSeconds: 900, encoding: 'gbk' });
    expect((await call(rt.app, admin, `/api/sources/${row!.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(rt.app, admin, `/api/sources/${row!.id}`)).status).toBe(404);
    expect((await call(rt.app, admin, '/api/sources/abc')).status).toBe(400);
  });
});

describe('/admin/queues (Bull Board)', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('shows the queues to the admin only', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const page = await call(rt.app, admin, '/admin/queues');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await call(rt.app, admin, '/admin/queues/api/queues');
    expect(api.status).toBe(200);
    const names = ((await api.json()) as Json).queues.map((q: Json) => q.name);
    expect(names.sort()).toEqual([...queueNames].sort());
    expect((await call(rt.app, await loginAs(rt.app, 'duty'), '/admin/queues')).status).toBe(403);
    expect((await call(rt.app, null, '/admin/queues/api/queues')).status).toBe(401);
  });
});
