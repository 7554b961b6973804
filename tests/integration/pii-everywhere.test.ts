import { readSseUntil } from '@desk/api';
import { schema } from '@desk/core/store';
import type { Pipeline } from '@desk/ingest';
import { publishDeskEvent } from '@desk/queue';
import {
  call,
  createTestRuntime,
  type DisguisedPii,
  disguisedPii,
  type Json,
  loginAs,
  revealsSecret,
  startTestPipeline,
  type TestRuntime,
} from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Disguised phone numbers, 身份证 numbers and e-mail addresses go in through every way text enters the
 * desk (portal intake, case creation, comments, drafts, review comments, action notes, exports, live
 * events); then every role reads every place they can surface. None may come back unmasked — only the
 * audited unmask routes (not read here) return originals.
 */
const ROLES = ['admin', 'duty', 'edu', 'reviewer', 'leader', 'health'] as const;
/** E-mail names long enough that they cannot turn up in a response by chance (a JSON key, a word). */
const distinctive = disguisedPii.filter((p) => p.kind !== 'email' || p.secret.length >= 8);

describe('personal data never leaves the desk unmasked', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let apiKey = '';
  const tokens: Record<string, string> = {};
  const departments: Record<string, number> = {};
  const act = (who: string, id: number, action: string, json: unknown = {}) =>
    call(rt.app, tokens[who]!, `/api/cases/${id}/actions/${action}`, { json });

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    for (const who of ROLES) tokens[who] = await loginAs(rt.app, who);
    const res = await call(rt.app, tokens.admin!, '/api/departments?range=[0,99]');
    for (const d of (await res.json()) as Json[]) departments[d.code] = d.id;
    apiKey = (
      (await (await call(rt.app, tokens.admin!, '/api/api-keys', { json: { name: '门户' } })).json()) as Json
    ).key;
    pipeline = await startTestPipeline(rt);
  });
  afterAll(async () => {
    await pipeline?.close();
    await rt?.close();
  });

  async function writeEverywhere(
    p: DisguisedPii[],
    run: number,
  ): Promise<{ caseId: number; messageId: number }> {
    const intake = await rt.app.request('/api/intake/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey },
      body: JSON.stringify({
        type: '投诉',
        title: `噪音扰民${p[0]!.written}`,
        body: `晚上施工噪音很大，请联系我${p[1]!.written}，谢谢。`,
        channel: 'web',
        externalId: `pii-${run}`,
      }),
    });
    expect(intake.status).toBe(202);
    const { messageId } = (await intake.json()) as Json;
    const created = await call(rt.app, tokens.duty!, '/api/cases', {
      json: {
        type: 'complaint',
        title: `学校门口占道经营${p[2]!.written}`,
        body: `家长反映，联系方式${p[3]!.written}。`,
        channel: 'phone',
        contact: { name: '王五', address: `珠山区新厂路${p[4]!.written}号` },
      },
    });
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as Json).id as number;
    expect((await act('duty', caseId, 'assign', { departmentId: departments.edu })).status).toBe(200);
    expect((await act('edu', caseId, 'accept')).status).toBe(200);
    const comment = await call(rt.app, tokens.edu!, `/api/cases/${caseId}/comments`, {
      json: { body: `已电话联系${p[5]!.written}` },
    });
    expect(comment.status).toBe(201);
    const draft = (body: string) => call(rt.app, tokens.edu!, '/api/drafts', { json: { caseId, body } });
    expect((await draft(`经核查已整改，如有疑问请拨打${p[6]!.written}。`)).status).toBe(201);
    expect((await act('edu', caseId, 'submit')).status).toBe(200);
    expect((await act('reviewer', caseId, 'reject', { comment: `请删去${p[7]!.written}` })).status).toBe(200);
    expect((await draft(`经核查已整改。联系人${p[0]!.written}`)).status).toBe(201);
    expect((await act('edu', caseId, 'submit')).status).toBe(200);
    expect((await act('reviewer', caseId, 'approve')).status).toBe(200);
    expect((await act('reviewer', caseId, 'publish')).status).toBe(200);
    const exported = await call(rt.app, tokens.duty!, '/api/exports', {
      json: { resource: 'cases', format: 'csv', count: 1, filter: { q: p[1]!.written } },
    });
    expect(exported.status).toBe(201);
    return { caseId, messageId };
  }

  async function waitForMessage(id: number) {
    for (let i = 0; i < 150; i++) {
      const [row] = await rt.database.db
        .select({ id: schema.messages.id })
        .from(schema.messages)
        .where(eq(schema.messages.id, id));
      if (row) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`message ${id} was never stored`);
  }

  /** Every place a role can read text from (refusals are read too: they must not echo the data). */
  const readPaths = (caseId: number, messageId: number) => [
    '/api/messages?range=[0,99]',
    `/api/messages/${messageId}`,
    '/api/cases?range=[0,99]',
    `/api/cases/${caseId}`,
    `/api/cases/${caseId}/comments`,
    `/api/cases/${caseId}/history`,
    `/api/drafts?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`,
    '/api/responses?range=[0,99]',
    '/api/audit-log?range=[0,499]',
    '/api/notifications?range=[0,99]',
  ];

  it('masks generated disguises in every answer to every role, the public feeds and the live stream', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(distinctive, { minLength: 8, maxLength: 8 }), async (p) => {
        run++;
        const stream = await call(rt.app, tokens.duty!, '/api/stream');
        const { caseId, messageId } = await writeEverywhere(p, run);
        await waitForMessage(messageId);
        await publishDeskEvent(rt.redis, rt.queue.prefix, {
          type: 'alert.new',
          id: run,
          kind: 'burst',
          level: 'red',
          title: `热点：${p[3]!.written}`,
          eventId: null,
          departmentIds: [],
        });
        const { seen } = await readSseUntil(stream, (e) => e.event === 'alert.new', 5_000);
        const answers: [string, string][] = [['stream', JSON.stringify(seen)]];
        for (const who of ROLES)
          for (const path of readPaths(caseId, messageId))
            answers.push([`${who} ${path}`, await (await call(rt.app, tokens[who]!, path)).text()]);
        for (const path of ['/api/public/responses.json', '/api/public/responses.rss'])
          answers.push([path, await (await rt.app.request(path)).text()]);
        expect(seen.some((e) => e.event === 'alert.new')).toBe(true);
        for (const [where, text] of answers)
          for (const pii of p) expect(revealsSecret(text, pii), `${where} shows ${pii.written}`).toBe(false);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 600_000);
});
