import { createRoutingRule } from '@desk/core/store';
import {
  call,
  createTestRuntime,
  type Json,
  loginAs,
  type TestRuntime,
  testActor,
} from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/api/cases workflow', () => {
  let rt: TestRuntime;
  const tokens: Record<string, string> = {};
  const departments: Record<string, number> = {};
  const act = (who: string, id: number, action: string, json: unknown = {}) =>
    call(rt.app, tokens[who]!, `/api/cases/${id}/actions/${action}`, { json });

  beforeAll(async () => {
    rt = await createTestRuntime();
    for (const who of ['admin', 'duty', 'edu', 'health', 'reviewer', 'leader'])
      tokens[who] = await loginAs(rt.app, who);
    const res = await call(rt.app, tokens.admin!, '/api/departments?range=[0,99]');
    for (const d of (await res.json()) as { id: number; code: string }[]) departments[d.code] = d.id;
  });
  afterAll(() => rt?.close());

  async function createComplaint(extra: Json = {}): Promise<Json> {
    const res = await call(rt.app, tokens.duty!, '/api/cases', {
      json: {
        type: 'complaint',
        title: '学校食堂饭菜质量差',
        body: '孩子在学校食堂吃饭后腹痛，家长电话 13912345678',
        channel: 'web',
        contact: { name: '张三', phone: '13912345678' },
        receivedAt: '2026-03-02T09:00:00+08:00',
        ...extra,
      },
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Json;
  }

  it('creates a case with its deadline, explanation, masked contact and allowed actions', async () => {
    const created = await createComplaint();
    expect(created.code).toMatch(/^GD\d{7}$/);
    expect(created.dueAt).toBe(new Date('2026-03-23T23:59:59.999+08:00').toISOString());
    expect(created.dueExplanation.summary.zh).toContain('15 个工作日');
    expect(created.contact).toEqual({ name: '张*', phone: '139****5678' });
    expect(created.body).not.toContain('13912345678');
    expect(created.allowedActions).toEqual(['assign', 'close', 'merge']);
  });

  it('hides a case from other departments until assigned, and the list total counts only visible cases', async () => {
    const created = await createComplaint();
    expect((await call(rt.app, tokens.edu!, `/api/cases/${created.id}`)).status).toBe(404);
    const before = await call(rt.app, tokens.edu!, '/api/cases');
    expect(before.headers.get('Content-Range')).toMatch(/\/0$/);
    const assigned = await act('duty', created.id, 'assign', {
      departmentId: departments.edu,
      coDepartmentIds: [departments.health],
    });
    expect(assigned.status).toBe(200);
    expect(((await assigned.json()) as Json).status).toBe('assigned');
    expect((await call(rt.app, tokens.edu!, `/api/cases/${created.id}`)).status).toBe(200);
    const coView = (await (await call(rt.app, tokens.health!, `/api/cases/${created.id}`)).json()) as Json;
    expect(coView.allowedActions).toEqual([]);
    expect((await call(rt.app, await loginAs(rt.app, 'housing'), `/api/cases/${created.id}`)).status).toBe(
      404,
    );
    const list = await call(rt.app, tokens.edu!, '/api/cases?range=[0,99]');
    const rows = (await list.json()) as Json[];
    expect(rows.map((r) => r.id)).toContain(created.id);
    expect(list.headers.get('Content-Range')).toBe(`cases 0-${rows.length - 1}/${rows.length}`);
  });

  it('runs return → reassign → accept → draft → submit → reject → submit → approve → publish → follow-up', async () => {
    const { id } = await createComplaint({ title: '小区垃圾清运不及时' });
    await act('duty', id, 'assign', { departmentId: departments.edu });
    const returned = await act('edu', id, 'return', { reason: '不属于教育局职责，应由城管局办理' });
    expect(((await returned.json()) as Json).status).toBe('returned');
    await act('duty', id, 'reassign', { departmentId: departments.health, reason: '改派卫健委' });
    // Reassigned away: the first department no longer sees the case, nor may act on it.
    expect((await call(rt.app, tokens.edu!, `/api/cases/${id}`)).status).toBe(404);
    expect((await act('edu', id, 'accept')).status).toBe(404);
    expect((await act('health', id, 'accept')).status).toBe(200);
    expect((await act('health', id, 'submit')).status).toBe(409);
    const draft = await call(rt.app, tokens.health!, '/api/drafts', {
      json: { caseId: id, body: '经核查，已督促物业每日清运。' },
    });
    expect(draft.status).toBe(201);
    expect((await act('health', id, 'submit')).status).toBe(200);
    expect((await act('health', id, 'approve')).status).toBe(403);
    const rejected = await act('reviewer', id, 'reject', { comment: '请写明整改时限' });
    expect(((await rejected.json()) as Json).status).toBe('drafting');
    await call(rt.app, tokens.health!, '/api/drafts', {
      json: { caseId: id, body: '经核查，已督促物业自3月5日起每日清运，联系电话13800001111。' },
    });
    await act('health', id, 'submit');
    await act('reviewer', id, 'approve');
    const published = (await (await act('reviewer', id, 'publish')).json()) as Json;
    expect(published.status).toBe('published');
    expect(published.completedAt).toBeTruthy();

    const feed = (await (await rt.app.request('/api/public/responses.json')).json()) as Json;
    const item = feed.items.find((i: Json) => i.title === '小区垃圾清运不及时');
    expect(item.content_text).toContain('每日清运');
    expect(JSON.stringify(feed)).not.toMatch(/13800001111|13912345678|张三/);
    const rss = await (await rt.app.request('/api/public/responses.rss')).text();
    expect(rss).toContain('<title>[投诉] 小区垃圾清运不及时</title>');
    // Each item links to its own public page, which answers without a session (masked, like the feed).
    const link = rss.match(/<title>\[投诉\] 小区垃圾清运不及时<\/title><link>([^<]+)<\/link>/)?.[1];
    expect(link).toBe(item.url);
    expect(link).toMatch(/\/api\/public\/responses\/GD\d{7}$/);
    const page = await rt.app.request(new URL(link!).pathname);
    expect(page.status).toBe(200);
    expect(await page.json()).toMatchObject({
      id: item.id,
      title: item.title,
      content_text: item.content_text,
    });
    expect((await rt.app.request('/api/public/responses/GD9999999')).status).toBe(404);
    expect((await rt.app.request('/api/public/responses/1%20or%201=1')).status).toBe(400);

    const followed = (await (
      await act('duty', id, 'follow-up', { satisfaction: 'satisfied', note: '电话回访' })
    ).json()) as Json;
    expect(followed.satisfaction).toBe('satisfied');
    const history = (await (await call(rt.app, tokens.admin!, `/api/cases/${id}/history`)).json()) as Json[];
    expect(history.map((h) => h.action)).toEqual([
      'create',
      'assign',
      'return',
      'reassign',
      'accept',
      'draft',
      'submit',
      'reject',
      'submit',
      'approve',
      'publish',
      'follow-up',
    ]);
    // Shown by the names colleagues know each other by, not login names (duty, housing).
    const staff = (await (await call(rt.app, tokens.admin!, '/api/users?range=[0,99]')).json()) as Json[];
    const nameOf = new Map(staff.map((u) => [u.username, u.displayName]));
    expect(history.map((h) => h.actorDisplayName)).toEqual(history.map((h) => nameOf.get(h.actorName)));
    expect(
      history.every((h) => typeof h.actorDisplayName === 'string' && h.actorDisplayName !== h.actorName),
    ).toBe(true);
    const auditRes = await call(
      rt.app,
      tokens.reviewer!,
      `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity: 'cases', entityId: id }))}&range=[0,99]`,
    );
    const actions = ((await auditRes.json()) as Json[]).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'create',
        'case.assign',
        'case.return',
        'case.reassign',
        'case.accept',
        'case.publish',
        'case.follow-up',
      ]),
    );
  });

  it('answers an invalid transition with 409 INVALID_TRANSITION and the allowed actions', async () => {
    const { id } = await createComplaint();
    const res = await act('reviewer', id, 'publish');
    expect(res.status).toBe(409);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { status: 'new', allowedActions: ['close'] },
    });
    expect((await act('duty', id, 'fly')).status).toBe(404);
  });

  it('shows the routing proposal of the topics engine, and none when no rule matches', async () => {
    await createRoutingRule(rt.database.db, testActor, {
      name: '食堂归教育局',
      departmentId: departments.edu!,
      topic: null,
      schemeId: null,
      keywords: ['食堂'],
      regions: [],
      priority: 0,
      active: true,
    });
    const matched = await createComplaint({ title: '学校食堂卫生问题' });
    expect(matched.proposal).toMatchObject({ departmentId: departments.edu, basis: 'rule' });
    const unmatched = await createComplaint({ title: '路灯不亮', body: '晚上很黑' });
    expect(unmatched.proposal).toBeNull();
  });

  it('lets the leader approve drafts once the administrator turns leader approvals on', async () => {
    const { id } = await createComplaint({ title: '领导审批测试' });
    await act('duty', id, 'assign', { departmentId: departments.edu });
    await act('edu', id, 'accept');
    await call(rt.app, tokens.edu!, '/api/drafts', { json: { caseId: id, body: '答复稿' } });
    await act('edu', id, 'submit');
    expect((await act('leader', id, 'approve')).status).toBe(403);
    expect(
      (
        await call(rt.app, tokens.leader!, '/api/workflow-settings', {
          method: 'PUT',
          json: { leaderApproves: true },
        })
      ).status,
    ).toBe(403);
    const set = await call(rt.app, tokens.admin!, '/api/workflow-settings', {
      method: 'PUT',
      json: { leaderApproves: true },
    });
    expect(((await set.json()) as Json).leaderApproves).toBe(true);
    const view = (await (await call(rt.app, tokens.leader!, `/api/cases/${id}`)).json()) as Json;
    expect(view.allowedActions).toEqual(['approve', 'reject']);
    expect(((await (await act('leader', id, 'approve')).json()) as Json).status).toBe('approved');
    expect((await act('leader', id, 'publish')).status).toBe(403);
    await call(rt.app, tokens.admin!, '/api/workflow-settings', {
      method: 'PUT',
      json: { leaderApproves: false },
    });
  });

  it('unmasks the contact for the desk with an audit entry and refuses the leader', async () => {
    const { id } = await createComplaint();
    expect((await call(rt.app, tokens.leader!, `/api/cases/${id}/unmask`, { json: {} })).status).toBe(403);
    const res = await call(rt.app, tokens.duty!, `/api/cases/${id}/unmask`, { json: {} });
    expect(((await res.json()) as Json).contact).toMatchObject({ name: '张三', phone: '13912345678' });
    const audit = (await (
      await call(
        rt.app,
        tokens.admin!,
        `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'unmask', entityId: id }))}`,
      )
    ).json()) as Json[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: 'duty', entity: 'cases' });
  });
});
