import { schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { createQueue, jobRegistry } from '@desk/queue';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_KEY_FAILURES_PER_ADDRESS, INTAKE_PER_MINUTE } from '.';

const inquiry = (extra: Json = {}) => ({
  type: '投诉',
  title: '珠山区某小区物业乱收费',
  body: '物业每月多收50元公摊费，业主多次反映无果，联系电话13912345678。',
  contact: { name: '张三', phone: '13912345678', email: 'zhangsan@qq.com' },
  channel: 'web',
  ...extra,
});

describe('POST /api/intake/inquiries', () => {
  let rt: TestRuntime;
  let key: string;
  let pipeline: Pipeline;
  const post = (body: unknown, apiKey: string | null = key, raw?: string) =>
    rt.app.request('/api/intake/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(apiKey ? { 'X-Api-Key': apiKey } : {}) },
      body: raw ?? JSON.stringify(body),
    });

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    const admin = await loginAs(rt.app, 'admin');
    const res = await call(rt.app, admin, '/api/api-keys', { json: { name: '政府门户网站' } });
    key = ((await res.json()) as Json).key;
    pipeline = await startPipeline({
      ...rt.ctx,
      db: rt.database.db,
      demo: false,
      log: pino({ level: 'silent' }),
      tuning: { hostGapMs: 0 },
    });
  });
  afterAll(async () => {
    await pipeline?.close();
    await rt?.close();
  });

  it('answers 202 with a message id, stores the inquiry masked with its type as a code, keeps the contact apart and queues a case job', async () => {
    const res = await post(inquiry({ externalId: 'portal-1' }));
    expect(res.status).toBe(202);
    const { messageId } = (await res.json()) as Json;
    expect(messageId).toEqual(expect.any(Number));
    const cases = createQueue(jobRegistry.cases.queue, rt.queue);
    const job = await (async () => {
      for (let i = 0; i < 100; i++) {
        const found = await cases.getJob(`from-inquiry:${messageId}`);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await cases.close();
    expect(job?.data).toEqual({ kind: 'from-inquiry', messageId });
    const [message] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.id, messageId));
    expect(message).toMatchObject({
      kind: 'inquiry',
      inquiryType: 'complaint',
      channel: 'web',
      author: '张*',
    });
    expect(message!.body).toContain('139****5678');
    expect(message!.contactMasked).toEqual({ name: '张*', phone: '139****5678', email: 'z***@qq.com' });
    const [pii] = await rt.database.db
      .select()
      .from(schema.messagePii)
      .where(eq(schema.messagePii.messageId, messageId));
    expect(pii).toMatchObject({
      contactName: '张三',
      contactPhone: '13912345678',
      contactEmail: 'zhangsan@qq.com',
    });
  });

  it('answers the same message id when the portal sends the same externalId again (type as code or label)', async () => {
    const first = (await (await post(inquiry({ externalId: 'portal-2' }))).json()) as Json;
    const second = await post(inquiry({ externalId: 'portal-2', type: 'complaint' }));
    expect(second.status).toBe(202);
    expect(((await second.json()) as Json).messageId).toBe(first.messageId);
  });

  it('answers 20 parallel sends of one externalId with one message id and stores one message', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(inquiry({ externalId: 'portal-parallel' }))),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(202));
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as Json).messageId)));
    expect(ids.size).toBe(1);
    const [messageId] = [...ids];
    const stored = async () =>
      rt.database.db
        .select({ id: schema.messages.id })
        .from(schema.messages)
        .where(eq(schema.messages.externalId, 'portal-parallel'));
    for (let i = 0; i < 100 && (await stored()).length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toEqual([{ id: messageId }]);
    const again = (await (await post(inquiry({ externalId: 'portal-parallel' }))).json()) as Json;
    expect(again).toEqual({ messageId, duplicate: true });
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a lone surrogate or NUL with 400 naming the field, and reserves nothing', async () => {
    for (const [field, extra] of [
      ['title', { title: '物业\ud800乱收费' }],
      ['body', { body: '内容\udc00' }],
      ['externalId', { externalId: 'bad\u0000id' }],
    ] as const) {
      const res = await post(inquiry(extra));
      expect(res.status, field).toBe(400);
      const body = (await res.json()) as Json;
      expect(body.code).toBe('BAD_REQUEST');
      expect(JSON.stringify(body.details)).toContain(field);
    }
    const reservations = await rt.database.db.select().from(schema.intakeReservations);
    expect(reservations.some((r) => r.externalId.includes('bad'))).toBe(false);
  });

  it('refuses a missing, wrong or revoked key with 401', async () => {
    expect((await post(inquiry(), null)).status).toBe(401);
    expect((await post(inquiry(), 'dk_wrong')).status).toBe(401);
    const admin = await loginAs(rt.app, 'admin');
    const created = (await (
      await call(rt.app, admin, '/api/api-keys', { json: { name: '临时' } })
    ).json()) as Json;
    expect((await post(inquiry(), created.key)).status).toBe(202);
    expect((await call(rt.app, admin, `/api/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await post(inquiry(), created.key)).status).toBe(401);
  });

  it('explains a bad body with 400 and the failing fields', async () => {
    const res = await post({ ...inquiry(), type: '闲聊', contact: { email: 'not-an-email' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body.details)).toMatch(/type/);
    expect(JSON.stringify(body.details)).toMatch(/email/);
    expect((await post(null, key, '{not json')).status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await post(inquiry({ body: '很长的内容'.repeat(20_000) }));
    expect(res.status).toBe(413);
  });

  it('limits each key to its rate per minute with 429', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const { key: busy } = (await (
      await call(rt.app, admin, '/api/api-keys', { json: { name: '压力' } })
    ).json()) as Json;
    let status = 0;
    for (let i = 0; i <= INTAKE_PER_MINUTE && status !== 429; i++)
      status = (await post({ bad: true }, busy)).status;
    expect(status).toBe(429);
  });

  it('refuses an address with 429 and Retry-After after it sent too many wrong keys', async () => {
    const from = (address: string, apiKey: string) =>
      rt.app.request(
        '/api/intake/inquiries',
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey }, body: '{}' },
        { incoming: { socket: { remoteAddress: address } } },
      );
    const statuses: number[] = [];
    for (let i = 0; i <= INTAKE_KEY_FAILURES_PER_ADDRESS; i++)
      statuses.push((await from('203.0.113.77', `dk_guess${i}`)).status);
    expect(statuses.slice(0, INTAKE_KEY_FAILURES_PER_ADDRESS).every((s) => s === 401)).toBe(true);
    const refused = await from('203.0.113.77', 'dk_guess-again');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await from('203.0.113.78', 'dk_other')).status).toBe(401);
  });
});

describe('/api/api-keys', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('shows the secret once, stores only its hash, and lists keys without it', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const created = (await (
      await call(rt.app, admin, '/api/api-keys', { json: { name: '门户' } })
    ).json()) as Json;
    expect(created.key).toMatch(/^dk_/);
    const list = await call(rt.app, admin, '/api/api-keys');
    expect(list.headers.get('Content-Range')).toMatch(/^api-keys 0-0\/1$/);
    const text = await list.text();
    expect(text).not.toContain(created.key);
    expect(JSON.parse(text)[0]).toMatchObject({
      name: '门户',
      prefix: created.key.slice(0, 9),
      revokedAt: null,
    });
    const [row] = await rt.database.db.select().from(schema.apiKeys);
    expect(row!.keyHash).not.toContain(created.key);
    const audits = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'api-keys'));
    expect(JSON.stringify(audits)).not.toContain(created.key);
  });

  it('is for administrators only', async () => {
    for (const who of ['duty', 'leader', 'edu']) {
      const token = await loginAs(rt.app, who);
      expect((await call(rt.app, token, '/api/api-keys')).status).toBe(403);
      expect((await call(rt.app, token, '/api/api-keys', { json: { name: 'x' } })).status).toBe(403);
    }
    expect((await call(rt.app, null, '/api/api-keys')).status).toBe(401);
  });
});
