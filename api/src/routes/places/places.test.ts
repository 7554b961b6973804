import { listAudit, schema } from '@desk/core/store';
import { tagRegion } from '@desk/core/text';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/places', () => {
  let rt: TestRuntime;
  let admin: string;
  const idOf = async (name: string) =>
    (await rt.database.db.select().from(schema.places).where(eq(schema.places.name, name)))[0]!.id;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
  });
  afterAll(() => rt?.close());

  it('ships the demo city: districts, streets and towns, roads, compounds and landmarks', async () => {
    const res = await call(rt.app, admin, `/api/places?filter=${encodeURIComponent('{"kind":"district"}')}`);
    expect(res.status).toBe(200);
    const names = ((await res.json()) as Json[]).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['珠山区', '昌江区', '浮梁县', '乐平市', '昌南新区', '高新区']),
    );
    const found = (await (
      await call(rt.app, admin, `/api/places?filter=${encodeURIComponent('{"q":"新厂"}')}`)
    ).json()) as Json[];
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['新厂街道', '新厂西路']));
  });

  it('tags regions with a compound the administrator adds, at once, and audits the change', async () => {
    const text = '青峰雅苑小区门口的路灯坏了一个月';
    expect(tagRegion(text)).toBeNull();
    const res = await call(rt.app, admin, '/api/places', {
      json: { name: '青峰雅苑', kind: 'compound', parentId: await idOf('昌南新区'), aliases: ['青峰苑'] },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Json;
    expect(tagRegion(text)).toBe('昌南新区');
    expect(tagRegion('青峰苑停车难')).toBe('昌南新区');
    const audit = await listAudit(
      rt.database.db,
      { entity: 'places', entityId: created.id },
      { offset: 0, limit: 5 },
    );
    expect(audit.rows[0]).toMatchObject({ action: 'create', actorName: 'admin' });
  });

  it('moves a road to another district and the region follows', async () => {
    const id = await idOf('迎宾大道');
    const res = await call(rt.app, admin, `/api/places/${id}`, {
      method: 'PUT',
      json: { parentId: await idOf('高新区') },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).kind).toBe('road');
    expect(tagRegion('迎宾大道晚高峰拥堵')).toBe('高新区');
  });

  it('refuses a place in a parent its level does not allow, a bad name, and a district with places inside', async () => {
    const street = await call(rt.app, admin, '/api/places', {
      json: { name: '测试街道', kind: 'subdistrict', parentId: await idOf('新厂街道') },
    });
    expect(street.status).toBe(400);
    expect(((await street.json()) as Json).message).toContain('层级');
    const spaced = await call(rt.app, admin, '/api/places', { json: { name: '两个 词', kind: 'landmark' } });
    expect(spaced.status).toBe(400);
    const district = await call(rt.app, admin, `/api/places/${await idOf('浮梁县')}`, { method: 'DELETE' });
    expect(district.status).toBe(409);
    const twice = await call(rt.app, admin, '/api/places', {
      json: { name: '凤凰城', kind: 'compound', parentId: await idOf('新厂街道') },
    });
    expect(twice.status).toBe(409);
  });

  it('lets every role read and only the administrator edit (401, 403, 404)', async () => {
    const handler = await loginAs(rt.app, 'edu');
    expect((await call(rt.app, handler, '/api/places')).status).toBe(200);
    expect(
      (await call(rt.app, handler, '/api/places', { json: { name: '某地', kind: 'landmark' } })).status,
    ).toBe(403);
    expect((await call(rt.app, null, '/api/places')).status).toBe(401);
    expect((await call(rt.app, admin, '/api/places/999999')).status).toBe(404);
    expect((await call(rt.app, admin, '/api/places/999999', { method: 'DELETE' })).status).toBe(404);
  });
});
