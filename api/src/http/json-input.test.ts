import { schema } from '@desk/core/store';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 10: a body that is not complete, valid UTF-8 JSON is a 400 (or 415), never `{}`. */
describe('reading request bodies', () => {
  let rt: TestRuntime;
  let admin: string;
  let duty: string;
  const send = (
    path: string,
    body: string | Uint8Array | null,
    init: { type?: string | null; method?: string } = {},
  ) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${admin}` };
    if (init.type !== null) headers['Content-Type'] = init.type ?? 'application/json';
    return rt.app.request(path, { method: init.method ?? 'POST', headers, body });
  };
  const categoryCount = () => rt.database.db.$count(schema.categories);

  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
    duty = await loginAs(rt.app, 'duty');
  });
  afterAll(() => rt?.close());

  async function refusal(res: Response, status = 400): Promise<Json> {
    expect(res.status).toBe(status);
    const body = (await res.json()) as Json;
    expect(body.code).toEqual(expect.any(String));
    expect(body.requestId).toEqual(expect.any(String));
    return body;
  }

  it('refuses truncated JSON to a case action and leaves the case open with its history', async () => {
    const created = (await (
      await call(rt.app, duty, '/api/cases', {
        json: {
          type: 'complaint',
          title: '噪音扰民',
          body: '夜间施工',
          receivedAt: '2026-03-02T09:00:00+08:00',
        },
      })
    ).json()) as Json;
    const res = await rt.app.request(`/api/cases/${created.id}/actions/close`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${duty}`, 'Content-Type': 'application/json' },
      body: '{"note":"已电话回复市民，问题已解',
    });
    const body = await refusal(res);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.message).toContain('JSON');
    const [row] = await rt.database.db.select().from(schema.cases).where(eq(schema.cases.id, created.id));
    expect(row!.status).toBe('new');
    const history = await rt.database.db
      .select()
      .from(schema.caseHistory)
      .where(eq(schema.caseHistory.caseId, created.id));
    expect(history.map((h) => h.action)).toEqual(['create']);
  });

  it('refuses a case action without a body instead of taking it as {}', async () => {
    const created = (await (
      await call(rt.app, duty, '/api/cases', { json: { type: 'help', title: '求助', body: '老人走失' } })
    ).json()) as Json;
    const res = await rt.app.request(`/api/cases/${created.id}/actions/close`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${duty}`, 'Content-Type': 'application/json' },
    });
    await refusal(res);
    const [row] = await rt.database.db.select().from(schema.cases).where(eq(schema.cases.id, created.id));
    expect(row!.status).toBe('new');
  });

  it('refuses invalid UTF-8 instead of storing U+FFFD', async () => {
    const before = await categoryCount();
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"code":"bad-utf8","name":"'),
      0xe4,
      0xbd,
      ...new TextEncoder().encode('"}'),
    ]);
    const body = await refusal(await send('/api/categories', bytes));
    expect(body.message).toContain('UTF-8');
    expect(await categoryCount()).toBe(before);
  });

  it('ignores a leading byte order mark and reads the JSON after it', async () => {
    const res = await send('/api/categories', `\ufeff${JSON.stringify({ code: 'with-bom', name: '带BOM' })}`);
    expect(res.status).toBe(201);
    expect(((await res.json()) as Json).name).toBe('带BOM');
  });

  it('answers 415 for a JSON route called without a JSON content type, and 400 for an empty body', async () => {
    const json = JSON.stringify({ code: 'no-type', name: '无类型' });
    await refusal(await send('/api/categories', json, { type: null }), 415);
    await refusal(await send('/api/categories', json, { type: 'text/plain' }), 415);
    await refusal(await send('/api/categories', json, { type: 'application/json; charset=gbk' }), 415);
    await refusal(await send('/api/categories', ''));
    expect((await send('/api/categories', json, { type: 'application/json; charset=UTF-8' })).status).toBe(
      201,
    );
  });

  it('refuses NUL, unpaired surrogates, 1e400, __proto__ keys and deep nesting, naming where', async () => {
    const cases: [string, (string | number)[]][] = [
      ['{"code":"nul-1","name":"a\\u0000b"}', ['name']],
      ['{"code":"sur-1","name":"\\ud800"}', ['name']],
      ['{"code":"inf-1","name":"x","sortOrder":1e400}', ['sortOrder']],
      ['{"code":"pro-1","name":"x","__proto__":{"admin":true}}', ['__proto__']],
      [
        `{"code":"deep-1","name":"x","keywords":${'['.repeat(3000)}${']'.repeat(3000)}}`,
        ['keywords', 0, 0, 0],
      ],
    ];
    const before = await categoryCount();
    for (const [raw, path] of cases) {
      const body = await refusal(await send('/api/categories', raw));
      expect(body.details?.[0]?.path, raw.slice(0, 40)).toEqual(path);
    }
    expect(await categoryCount()).toBe(before);
  });

  it('refuses a NUL in a query parameter and in a sign-in name with 400', async () => {
    const q = await call(rt.app, admin, `/api/messages?q=${encodeURIComponent('停水\u0000')}`);
    expect((await refusal(q)).details[0].path).toEqual(['q']);
    const login = await rt.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin\u0000', password: 'x' }),
    });
    await refusal(login);
  });
});
