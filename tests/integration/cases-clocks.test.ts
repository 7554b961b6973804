import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

describe.each(['pglite', 'postgres'] as const)('statutory clocks through the API on %s', (engine) => {
  let rt: TestRuntime;
  let duty: string;
  let admin: string;
  let edu: string;
  let eduId: number;
  const create = async (json: Json) => {
    const res = await call(rt.app, duty, '/api/cases', { json: { channel: 'web', body: '', ...json } });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Json;
  };
  const act = (token: string, id: number, action: string, json: unknown = {}) =>
    call(rt.app, token, `/api/cases/${id}/actions/${action}`, { json });

  beforeAll(async () => {
    rt = await createTestRuntime({ engine });
    [duty, admin, edu] = await Promise.all([
      loginAs(rt.app, 'duty'),
      loginAs(rt.app, 'admin'),
      loginAs(rt.app, 'edu'),
    ]);
    const departments = (await (await call(rt.app, admin, '/api/departments?range=[0,99]')).json()) as Json[];
    eduId = departments.find((d) => d.code === 'edu')!.id;
  });
  afterAll(() => rt?.close());

  it('dates a disclosure request received on the Friday before the 2025 National Day as a clerk would', async () => {
    const c = await create({
      type: 'disclosure',
      title: '申请公开学区划分依据',
      receivedAt: '2025-09-26T15:00:00+08:00',
      applicantType: 'natural-person',
    });
    expect(c.dueAt).toBe(endOf('2025-10-30'));
    expect(c.dueExplanation.summary.zh).toContain('国庆节 2025-10-01–2025-10-05（5天）');
    expect(c.dueExplanation.weekendWorkdays).toEqual(['2025-09-28', '2025-10-11']);
  });

  it('restarts the period on the 补正 receipt and pauses it for a third-party consultation', async () => {
    const c = await create({
      type: 'disclosure',
      title: '申请公开某项目环评报告',
      receivedAt: '2026-03-02T10:00:00+08:00',
    });
    expect(c.dueAt).toBe(endOf('2026-03-30'));
    const waiting = (await (
      await act(duty, c.id, 'request-supplement', { items: '请说明所需信息的名称和文号' })
    ).json()) as Json;
    expect(waiting).toMatchObject({ status: 'awaiting-supplement', dueAt: null });
    const restarted = (await (
      await act(duty, c.id, 'receive-supplement', { receivedAt: '2026-03-10T16:00:00+08:00' })
    ).json()) as Json;
    expect(restarted).toMatchObject({ status: 'new', dueAt: endOf('2026-04-08') });
    expect(restarted.dueExplanation.startReason).toBe('supplement-received');

    await act(duty, c.id, 'assign', { departmentId: eduId });
    const paused = (await (
      await act(edu, c.id, 'suspend', { reason: 'third-party-consultation', party: '某建设单位' })
    ).json()) as Json;
    expect(paused).toMatchObject({ status: 'suspended', dueAt: null });
    expect(paused.dueExplanation.summary.zh).toContain('暂停计时');
    const resumed = (await (await act(edu, c.id, 'resume')).json()) as Json;
    expect(resumed.status).toBe('assigned');
    // Paused and resumed today: the working days used by the consultation are added back.
    expect(new Date(resumed.dueAt) >= new Date(endOf('2026-04-08'))).toBe(true);
  });

  it('allows one extension of at most 20 WD with the approver recorded, and refuses a second', async () => {
    const c = await create({
      type: 'disclosure',
      title: '申请公开财政预算明细',
      receivedAt: '2026-03-02T10:00:00+08:00',
    });
    await act(duty, c.id, 'assign', { departmentId: eduId });
    expect(
      (await act(edu, c.id, 'extend', { workingDays: 25, approver: '办公室主任', reason: '需调档' })).status,
    ).toBe(400);
    expect((await act(edu, c.id, 'extend', { workingDays: 20, reason: '需调档' })).status).toBe(400);
    const extended = (await (
      await act(edu, c.id, 'extend', {
        workingDays: 20,
        approver: '办公室主任 王某',
        reason: '需调取历年档案',
      })
    ).json()) as Json;
    expect(extended.dueAt).toBe(endOf('2026-04-28'));
    expect(extended.extensions[0]).toMatchObject({
      amount: 20,
      approver: '办公室主任 王某',
      recordedBy: 'edu',
    });
    expect(extended.allowedActions).not.toContain('extend');
    const again = await act(edu, c.id, 'extend', { workingDays: 5, approver: '主任', reason: '再延' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).details.allowedActions).toContain('accept');
  });

  it('runs wall-clock hours for a major opinion event and moves to the press conference once information is out', async () => {
    const c = await create({
      type: 'opinion',
      severity: 'major',
      title: '某化工厂爆炸',
      receivedAt: '2026-02-17T22:00:00+08:00',
      channel: 'monitoring',
    });
    expect(c.dueAt).toBe(new Date('2026-02-18T03:00:00+08:00').toISOString());
    await act(duty, c.id, 'assign', { departmentId: eduId });
    const next = (await (
      await act(duty, c.id, 'milestone', {
        key: 'authoritative-info',
        url: 'https://example.gov.cn/notice/1',
      })
    ).json()) as Json;
    expect(next.dueAt).toBe(new Date('2026-02-18T22:00:00+08:00').toISOString());
    expect(
      (
        await call(rt.app, duty, '/api/cases', {
          json: { type: 'opinion', title: '缺少等级', channel: 'monitoring' },
        })
      ).status,
    ).toBe(400);
  });

  it('recomputes open working-day deadlines when the administrator changes the calendar', async () => {
    const c = await create({
      type: 'consultation',
      title: '咨询入学政策',
      receivedAt: '2026-06-01T09:00:00+08:00',
    });
    expect(c.dueAt).toBe(endOf('2026-06-03'));
    const added = await call(rt.app, admin, '/api/calendar/overrides', {
      json: { date: '2026-06-02', kind: 'holiday', name: '防汛应急停工' },
    });
    expect(added.status).toBe(201);
    const override = (await added.json()) as Json;
    expect(override.recomputed.moved).toBeGreaterThan(0);
    const moved = (await (await call(rt.app, duty, `/api/cases/${c.id}`)).json()) as Json;
    expect(moved.dueAt).toBe(endOf('2026-06-04'));
    expect(moved.calendarVersion).toMatch(/\+ov\./);
    expect(moved.dueExplanation.summary.zh).toContain('防汛应急停工');
    expect(
      (
        await call(rt.app, duty, '/api/calendar/overrides', {
          json: { date: '2026-06-05', kind: 'holiday', name: 'x' },
        })
      ).status,
    ).toBe(403);
    const removed = await call(rt.app, admin, `/api/calendar/overrides/${override.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(((await (await call(rt.app, duty, `/api/cases/${c.id}`)).json()) as Json).dueAt).toBe(
      endOf('2026-06-03'),
    );
  });

  it('offers a deadline calculator with the skipped days', async () => {
    const res = await call(
      rt.app,
      edu,
      '/api/calendar/calculate?start=2026-02-13T10:00:00%2B08:00&workingDays=20',
    );
    const body = (await res.json()) as Json;
    expect(body.dueAt).toBe(endOf('2026-03-19'));
    expect(body.explanation.skipped[0]).toMatchObject({ from: '2026-02-15', to: '2026-02-23', days: 9 });
    const days = (await (
      await call(rt.app, edu, '/api/calendar/days?from=2026-09-30&to=2026-10-10')
    ).json()) as Json[];
    expect(days.filter((d) => d.working).map((d) => d.date)).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ]);
  });
});
