import { schema } from '@desk/core/store';
import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('sentiment corrections on the desk', () => {
  let rt: TestRuntime;
  let duty: string;
  let messageId: number;

  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: '纠错', type: 'import' })
      .returning();
    const [message] = await rt.database.db
      .insert(schema.messages)
      .values({
        sourceId: source!.id,
        dedupeKey: 'id:correct-1',
        kind: 'web',
        channel: 'web',
        title: '咨询一下小区加装电梯的补贴政策',
        body: '我们楼已经申请两年了，街道一直说在走流程，到现在也没有消息。',
        sentiment: 0,
        sentimentLabel: '中性',
        sentimentSource: 'lexicon',
      })
      .returning();
    messageId = message!.id;
  });
  afterAll(() => rt?.close());

  it('stores an officer’s correction on the message, as a training example and in the audit log', async () => {
    const res = await call(rt.app, duty, `/api/training/confirm-sentiment/${messageId}`, {
      json: { label: '负面' },
    });
    expect(res.status).toBe(200);
    const [message] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.id, messageId));
    expect(message).toMatchObject({ sentimentLabel: '负面', sentimentSource: 'confirmed' });
    const examples = await rt.database.db
      .select()
      .from(schema.trainingExamples)
      .where(
        and(eq(schema.trainingExamples.kind, 'sentiment'), eq(schema.trainingExamples.messageId, messageId)),
      );
    expect(examples).toEqual([expect.objectContaining({ label: '负面', origin: 'confirmed' })]);
    const [audit] = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.action, 'confirm-sentiment'), eq(schema.auditLog.entityId, String(messageId))),
      );
    expect(audit).toMatchObject({ actorName: 'duty', before: { label: '中性', source: 'lexicon' } });
  });

  it('refuses a label outside 负面/中性/正面', async () => {
    const res = await call(rt.app, duty, `/api/training/confirm-sentiment/${messageId}`, {
      json: { label: '很差' },
    });
    expect(res.status).toBe(400);
  });

  it('answers 404 for a message that does not exist', async () => {
    const res = await call(rt.app, duty, '/api/training/confirm-sentiment/999999', {
      json: { label: '中性' },
    });
    expect(res.status).toBe(404);
  });

  it('keeps the default when a trained candidate is not better on the corrections', async () => {
    const admin = await loginAs(rt.app, 'admin');
    const upload = [
      ...['物流很快很满意', '质量不错推荐', '客服热情', '包装完好'].map((text) => ({ text, label: 1 })),
      ...['质量很差', '发货太慢', '客服不理人', '收到就坏了'].map((text) => ({ text, label: 0 })),
    ];
    const added = await rt.app.request('/api/training/examples?kind=sentiment', {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'text/plain' },
      body: upload.map((r) => JSON.stringify(r)).join('\n'),
    });
    expect(added.status).toBe(201);
    const res = await call(rt.app, admin, '/api/training/train', { json: { kind: 'sentiment' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      active: false,
      metrics: { comparison: { activate: false, reason: 'too-few-confirmed-examples' } },
    });
    const models = await rt.database.db.select().from(schema.classifierModels);
    expect(models.filter((m) => m.kind === 'sentiment' && m.active)).toEqual([]);
  });
});
