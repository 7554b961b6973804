import { schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_UPLOAD_LIMIT } from './index';

/** Labelled rows written for this test. */
const rows = [
  ...['小区电梯坏了', '物业乱收费', '开发商延期交房', '楼道漏水物业不管', '小区违建', '燃气管道老化'].map(
    (title) => ({ title, category: '城乡建设' }),
  ),
  ...['学校强制补课', '幼儿园收费高', '学位不足', '学生课业负担重', '老师体罚学生', '校车安全'].map(
    (title) => ({ title, category: '教育文体' }),
  ),
];

describe('/api/training', () => {
  let rt: TestRuntime;
  let admin: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = await loginAs(rt.app, 'admin');
  });
  afterAll(() => rt?.close());

  const upload = (token: string, body: string, query = 'kind=topic&format=jsonl') =>
    rt.app.request(`/api/training/examples?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body,
    });

  it('accepts a labelled JSONL upload, trains a model and lists it with its figures', async () => {
    const res = await upload(admin, rows.map((r) => JSON.stringify(r)).join('\n'));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ added: rows.length });
    const trained = await call(rt.app, admin, '/api/training/train', { json: { kind: 'topic' } });
    expect(trained.status).toBe(201);
    expect(await trained.json()).toMatchObject({ trained: true, version: 1 });
    const summary = (await (await call(rt.app, admin, '/api/training?kind=topic')).json()) as {
      models: { version: number; active: boolean }[];
    };
    expect(summary.models).toEqual([expect.objectContaining({ version: 1, active: true })]);
  });

  it('accepts CSV too and refuses rows without a category, naming their line', async () => {
    expect((await upload(admin, 'title,category\n公交晚点,交通运输\n', 'kind=topic&format=csv')).status).toBe(
      201,
    );
    const bad = await upload(admin, '{"title":"没有类别"}');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ details: { rows: [1] } });
  });

  it('accepts an upload above the 1 MB default body limit, up to its own limit', async () => {
    const big = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({
        title: `搅拌站噪音${i}`,
        body: '夜间施工噪音扰民。'.repeat(250),
        category: '环境保护',
      }),
    ).join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const res = await upload(admin, big);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ added: 200 });
    expect((await upload(admin, ' '.repeat(TRAINING_UPLOAD_LIMIT + 1))).status).toBe(413);
  });

  it('keeps the 1 MB body limit on every other route', async () => {
    const json = { kind: 'topic', padding: 'x'.repeat(1024 * 1024) };
    expect((await call(rt.app, admin, '/api/training/train', { json })).status).toBe(413);
    expect((await call(rt.app, admin, '/api/categories', { json })).status).toBe(413);
  });

  it('lets the duty officer confirm a message topic, which becomes a training example', async () => {
    const db = rt.database.db;
    const [source] = await db.insert(schema.sources).values({ name: 't', type: 'import' }).returning();
    const [message] = await db
      .insert(schema.messages)
      .values({
        sourceId: source!.id,
        dedupeKey: 'id:1',
        kind: 'web',
        channel: 'web',
        title: '学校食堂饭菜差',
        body: '',
      })
      .returning();
    const duty = await loginAs(rt.app, 'duty');
    const res = await call(rt.app, duty, `/api/training/confirm/${message!.id}`, {
      json: { topic: '教育文体' },
    });
    expect(res.status).toBe(200);
    const [stored] = await db.select().from(schema.messages).where(eq(schema.messages.id, message!.id));
    expect(stored).toMatchObject({ topic: '教育文体', topicSource: 'confirmed' });
    const examples = await db
      .select()
      .from(schema.trainingExamples)
      .where(eq(schema.trainingExamples.messageId, message!.id));
    expect(examples).toEqual([expect.objectContaining({ label: '教育文体', origin: 'confirmed' })]);
    expect(
      (await call(rt.app, duty, '/api/training/confirm/99999', { json: { topic: '教育文体' } })).status,
    ).toBe(404);
    expect((await call(rt.app, duty, '/api/training/train', { json: { kind: 'topic' } })).status).toBe(403);
  });
});
