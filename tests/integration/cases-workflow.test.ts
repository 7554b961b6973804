import { schema } from '@desk/core/store';
import { type Pipeline, startPipeline } from '@desk/ingest';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeInquiry, waitFor } from './cases-fixtures';

describe('a portal inquiry through the whole case workflow', () => {
  let rt: TestRuntime;
  let intake: Pipeline;
  const tokens: Record<string, string> = {};
  const departments: Record<string, number> = {};
  const act = async (who: string, id: number, action: string, json: unknown = {}) => {
    const res = await call(rt.app, tokens[who]!, `/api/cases/${id}/actions/${action}`, { json });
    expect(res.status, `${who} ${action}: ${await res.clone().text()}`).toBe(200);
    return (await res.json()) as Json;
  };

  beforeAll(async () => {
    // On the PostgreSQL server (production's engine); the API tests beside the code use PGlite.
    rt = await createTestRuntime({ engine: 'postgres' });
    const ctx = { ...rt.ctx, db: rt.database.db, demo: false, log: pino({ level: 'silent' }) };
    intake = await startPipeline(ctx, { queues: ['cases'], indexer: false });
    for (const who of ['admin', 'duty', 'market', 'urban', 'reviewer'])
      tokens[who] = await loginAs(rt.app, who);
    for (const d of (await (
      await call(rt.app, tokens.admin!, '/api/departments?range=[0,99]')
    ).json()) as Json[]) {
      departments[d.code] = d.id;
    }
  });
  afterAll(async () => {
    await intake?.close();
    await rt?.close();
  });

  it('becomes a case at once, is handled, published, appears in the feed and gets its follow-up', async () => {
    const messageId = await storeInquiry(rt.database.db, {
      type: 'complaint',
      title: '某超市销售过期食品',
      body: '在某超市购买的牛奶已过期，请市场监管部门查处。联系电话13600001234',
      contact: { name: '李四', phone: '13600001234' },
    });
    // Delivered twice on purpose: the consumer must create one case only.
    await intake.jobs.add('cases', { kind: 'from-inquiry', messageId });
    await intake.jobs.add('cases', { kind: 'from-inquiry', messageId });
    const created = await waitFor(async () => {
      const res = await call(
        rt.app,
        tokens.duty!,
        `/api/cases?filter=${encodeURIComponent(JSON.stringify({ messageId }))}`,
      );
      const rows = (await res.json()) as Json[];
      return rows.length ? rows : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = (await (
      await call(
        rt.app,
        tokens.duty!,
        `/api/cases?filter=${encodeURIComponent(JSON.stringify({ messageId }))}`,
      )
    ).json()) as Json[];
    expect(again).toHaveLength(1);
    const id = created[0]!.id as number;
    expect(created[0]).toMatchObject({
      type: 'complaint',
      status: 'new',
      contact: { name: '李*', phone: '136****1234' },
    });
    expect(created[0]!.dueExplanation.summary.zh).toContain('15 个工作日');

    await act('duty', id, 'assign', { departmentId: departments.urban });
    const [message] = await rt.database.db
      .select({ caseId: schema.messages.caseId, departmentIds: schema.messages.departmentIds })
      .from(schema.messages)
      .where(eq(schema.messages.id, messageId));
    expect(message).toEqual({ caseId: id, departmentIds: [departments.urban] });
    // …and queued for re-indexing, so search filters by the new departments too.
    const outbox = await rt.database.db
      .select()
      .from(schema.searchOutbox)
      .where(eq(schema.searchOutbox.messageId, messageId));
    expect(outbox.length).toBeGreaterThanOrEqual(2);

    await act('urban', id, 'return', { reason: '食品安全属市场监管局职责' });
    await act('duty', id, 'reassign', { departmentId: departments.market, reason: '改派市场监管局' });
    await act('market', id, 'accept');
    const draft = await call(rt.app, tokens.market!, '/api/drafts', {
      json: { caseId: id, body: '经现场检查，该超市确有销售过期牛奶行为，已立案查处并责令下架。' },
    });
    expect(draft.status).toBe(201);
    await act('market', id, 'submit');
    await act('reviewer', id, 'approve');
    const published = await act('reviewer', id, 'publish');
    expect(published.status).toBe('published');

    const feed = (await (await rt.app.request('/api/public/responses.json')).json()) as Json;
    expect(feed.items.map((i: Json) => i.title)).toContain('某超市销售过期食品');
    expect(JSON.stringify(feed)).not.toMatch(/13600001234|李四/);

    const followed = await act('duty', id, 'follow-up', {
      satisfaction: 'basically-satisfied',
      note: '电话回访',
    });
    expect(followed.satisfaction).toBe('basically-satisfied');

    const audit = (await (
      await call(
        rt.app,
        tokens.admin!,
        `/api/audit-log?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ entity: 'cases', entityId: id }))}`,
      )
    ).json()) as Json[];
    const steps = audit.map((a) => a.action).reverse();
    expect(steps).toEqual([
      'create',
      'case.assign',
      'case.return',
      'case.reassign',
      'case.accept',
      'case.submit',
      'case.approve',
      'case.publish',
      'case.follow-up',
    ]);
    const draftAudit = (await (
      await call(
        rt.app,
        tokens.admin!,
        `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity: 'drafts' }))}`,
      )
    ).json()) as Json[];
    expect(draftAudit.some((a) => a.after.caseId === id)).toBe(true);
    expect(audit.every((a) => a.at && (a.actorName || a.action === 'create'))).toBe(true);
  });
});
