import { schema } from '@desk/core/store';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 10: an update changes only what it sends. A body with one field, `{}` or a BOM then `{}` left
 * every other field as stored — it used to reset them to their defaults (a category lost its keywords, a
 * policy its severity and basis, an inactive template became active, a source's interval changed).
 */
describe('updates of every editable resource keep the fields they do not send', () => {
  let rt: TestRuntime;
  let admin: string;

  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
  });
  afterAll(() => rt?.close());

  const create = async (path: string, json: object): Promise<Json> => {
    const res = await call(rt.app, admin, path, { json });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Json;
  };
  const put = (path: string, body: string, method = 'PUT') =>
    rt.app.request(path, {
      method,
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body,
    });
  const show = async (path: string) => (await (await call(rt.app, admin, path)).json()) as Json;

  /** Send each partial body and check that the record still holds `kept`, with `changed` applied. */
  async function keeps(path: string, kept: Json, changed: Json, method = 'PUT') {
    for (const body of ['{}', '\ufeff{}', JSON.stringify(changed)]) {
      const res = await put(path, body, method);
      expect(res.status, `${body}: ${await res.clone().text()}`).toBe(200);
      expect(await show(path), body).toMatchObject(kept);
    }
    expect(await show(path)).toMatchObject(changed);
  }

  it('category: its routing keywords stay when only the name changes', async () => {
    const keywords = Array.from({ length: 24 }, (_, i) => `关键词${i}`);
    const row = await create('/api/categories', {
      code: 'keep-keywords',
      name: '保留关键词',
      nameEn: 'Keep',
      keywords,
      active: false,
      sortOrder: 7,
    });
    await keeps(
      `/api/categories/${row.id}`,
      { keywords, nameEn: 'Keep', active: false, sortOrder: 7 },
      { name: '改名' },
    );
  });

  it('deadline policy: severity, basis and caps stay when only the label changes', async () => {
    const row = await create('/api/deadline-policies', {
      jurisdiction: 'keep',
      caseType: 'opinion',
      severity: 'major',
      unit: 'hours',
      targets: [{ key: 'first-response', amount: 2 }],
      maxExtensions: 3,
      maxExtensionAmount: 12,
      notifyLeader: true,
      label: '重大舆情',
      basis: '应急预案第三条',
      active: false,
    });
    await keeps(
      `/api/deadline-policies/${row.id}`,
      { severity: 'major', basis: '应急预案第三条', maxExtensions: 3, notifyLeader: true, active: false },
      { label: '改名' },
    );
  });

  it('template: an inactive template stays inactive', async () => {
    const row = await create('/api/templates', {
      name: '停用模板',
      caseType: 'complaint',
      status: 'drafting',
      body: '您好，{{case.title}}',
      active: false,
    });
    await keeps(
      `/api/templates/${row.id}`,
      { active: false, caseType: 'complaint', status: 'drafting' },
      { name: '改名' },
    );
  });

  it('source: its interval and encoding stay when only the name changes (PUT and PATCH)', async () => {
    const row = await create('/api/sources', {
      name: '保留间隔',
      type: 'rss',
      url: 'http://127.0.0.1:9/feed.xml',
      intervalSeconds: 3600,
      encoding: 'gbk',
    });
    await keeps(`/api/sources/${row.id}`, { intervalSeconds: 3600, encoding: 'gbk' }, { name: '改名' });
    await keeps(
      `/api/sources/${row.id}`,
      { intervalSeconds: 3600, name: '改名' },
      { enabled: false },
      'PATCH',
    );
  });

  it('shift: e-mail and note stay, and an end before the stored start is refused', async () => {
    const [duty] = await rt.database.db.select().from(schema.users).where(eq(schema.users.username, 'duty'));
    const row = await create('/api/shifts', {
      userId: duty!.id,
      startsAt: '2026-05-01T08:00:00+08:00',
      endsAt: '2026-05-01T20:00:00+08:00',
      email: 'duty@example.org',
      note: '白班',
    });
    await keeps(
      `/api/shifts/${row.id}`,
      { email: 'duty@example.org', note: '白班', startsAt: '2026-05-01T00:00:00.000Z' },
      { endsAt: '2026-05-01T22:00:00.000Z' },
    );
    const refused = await put(
      `/api/shifts/${row.id}`,
      JSON.stringify({ endsAt: '2026-04-30T08:00:00+08:00' }),
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).code).toBe('BAD_REQUEST');
    expect((await show(`/api/shifts/${row.id}`)).endsAt).toBe('2026-05-01T22:00:00.000Z');
  });

  it('legal challenge: reference, note and dates stay when only the result changes', async () => {
    const row = await create('/api/legal-challenges', {
      kind: 'lawsuit',
      lawsuitPath: 'direct',
      filedAt: '2026-03-02T09:00:00+08:00',
      decidedAt: '2026-04-02T09:00:00+08:00',
      reference: '(2026)赣01行初12号',
      note: '一审',
    });
    await keeps(
      `/api/legal-challenges/${row.id}`,
      { reference: '(2026)赣01行初12号', note: '一审', decidedAt: '2026-04-02T01:00:00.000Z' },
      { result: 'upheld' },
    );
  });

  it('routing rule: keywords, regions and priority stay; emptying what it matches is refused', async () => {
    const [dept] = await rt.database.db.select().from(schema.departments).limit(1);
    const row = await create('/api/routing-rules', {
      name: '供水分派',
      departmentId: dept!.id,
      keywords: ['停水', '水压'],
      regions: ['珠山区'],
      priority: 5,
      active: false,
    });
    await keeps(
      `/api/routing-rules/${row.id}`,
      { keywords: ['停水', '水压'], regions: ['珠山区'], priority: 5, active: false },
      { name: '改名' },
    );
    const refused = await put(`/api/routing-rules/${row.id}`, JSON.stringify({ keywords: [], regions: [] }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).code).toBe('BAD_REQUEST');
    expect(await show(`/api/routing-rules/${row.id}`)).toMatchObject({ keywords: ['停水', '水压'] });
  });

  it('scheme: its words, threshold and state stay; removing every word is refused', async () => {
    const row = await create('/api/schemes', {
      name: '保留方案',
      regionWords: ['珠山区'],
      subjectWords: ['供水'],
      excludeWords: ['演练'],
      alertThreshold: 9,
      active: false,
    });
    await keeps(
      `/api/schemes/${row.id}`,
      {
        regionWords: ['珠山区'],
        subjectWords: ['供水'],
        excludeWords: ['演练'],
        alertThreshold: 9,
        active: false,
      },
      { name: '改名' },
    );
    const refused = await put(
      `/api/schemes/${row.id}`,
      JSON.stringify({ regionWords: [], subjectWords: [] }),
    );
    expect(refused.status).toBe(400);
    expect(await show(`/api/schemes/${row.id}`)).toMatchObject({ subjectWords: ['供水'] });
  });

  it('alert channel: target, level and quiet hours stay when only the name changes', async () => {
    const row = await create('/api/alert-channels', {
      name: '值班邮箱',
      kind: 'email',
      target: 'duty@example.org',
      minLevel: 'red',
      quietHours: '23:00-07:00',
      active: false,
    });
    const stored = async () =>
      (
        await rt.database.db
          .select()
          .from(schema.alertChannels)
          .where(eq(schema.alertChannels.id, row.id as number))
      )[0];
    const kept = { target: 'duty@example.org', minLevel: 'red', quietHours: '23:00-07:00', active: false };
    for (const body of ['{}', '\ufeff{}', JSON.stringify({ name: '改名' })]) {
      const res = await put(`/api/alert-channels/${row.id}`, body);
      expect(res.status, `${body}: ${await res.clone().text()}`).toBe(200);
      expect(await stored(), body).toMatchObject(kept);
    }
    expect((await stored())?.name).toBe('改名');
  });

  it('refuses a nested array or a number as a date instead of storing 2001-01-01', async () => {
    const before = await rt.database.db.$count(schema.legalChallenges);
    for (const filedAt of [[[[978307200000]]], 978307200000, ['2001-01-01'], '9999-12-31T20:00:00Z']) {
      const res = await call(rt.app, admin, '/api/legal-challenges', {
        json: { kind: 'reconsideration', filedAt },
      });
      expect(res.status, JSON.stringify(filedAt)).toBe(400);
      expect(((await res.json()) as Json).details[0].path).toEqual(['filedAt']);
    }
    expect(await rt.database.db.$count(schema.legalChallenges)).toBe(before);
  });

  it('refuses a nested array, a number or an out-of-window date as a case time, and ids past 32 bits in case filters', async () => {
    const before = await rt.database.db.$count(schema.cases);
    for (const receivedAt of [[[['2001-01-01']]], 978307200000, '9999-12-31T20:00:00Z']) {
      const res = await call(rt.app, admin, '/api/cases', {
        json: { type: 'complaint', title: '日期校验', receivedAt },
      });
      expect(res.status, JSON.stringify(receivedAt)).toBe(400);
      expect(((await res.json()) as Json).details[0].path).toEqual(['receivedAt']);
    }
    expect(await rt.database.db.$count(schema.cases)).toBe(before);
    for (const filter of [{ id: 2147483648 }, { eventId: 2147483648 }, { createdFrom: [['2001-01-01']] }]) {
      const res = await call(
        rt.app,
        admin,
        `/api/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect(res.status, JSON.stringify(filter)).toBe(400);
    }
  });
});
