import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('drafts, templates, merging, notifications, 复议/诉讼 and the calendar', () => {
  let rt: TestRuntime;
  const t: Record<string, string> = {};
  let edu: number;
  const json = async (res: Response) => (await res.json()) as Json;
  const newCase = async (title: string) =>
    json(
      await call(rt.app, t.duty!, '/api/cases', {
        json: { type: 'consultation', title, body: '', contact: { name: '赵六' } },
      }),
    );

  beforeAll(async () => {
    rt = await createTestRuntime();
    for (const who of ['admin', 'duty', 'edu', 'health', 'reviewer', 'leader'])
      t[who] = await loginAs(rt.app, who);
    edu = (
      (await json(await call(rt.app, t.admin!, '/api/departments?range=[0,99]'))) as unknown as Json[]
    ).find((d) => d.code === 'edu')!.id;
  });
  afterAll(() => rt?.close());

  it('renders a template with the case facts and keeps every draft version for the reviewer', async () => {
    const c = await newCase('咨询新生入学材料');
    await call(rt.app, t.duty!, `/api/cases/${c.id}/actions/assign`, { json: { departmentId: edu } });
    await call(rt.app, t.edu!, `/api/cases/${c.id}/actions/accept`, { json: {} });
    const templates = (await json(
      await call(
        rt.app,
        t.edu!,
        `/api/templates?filter=${encodeURIComponent('{"caseType":"consultation"}')}`,
      ),
    )) as unknown as Json[];
    const template = templates.find((x) => x.caseType === 'consultation')!;
    const rendered = await json(
      await call(rt.app, t.edu!, `/api/templates/${template.id}/render`, { json: { caseId: c.id } }),
    );
    expect(rendered.body).toContain('赵*：您好！关于您咨询的“咨询新生入学材料”');
    expect(rendered.body).toContain('教育局');
    for (const body of ['第一稿', '第二稿'])
      await call(rt.app, t.edu!, '/api/drafts', { json: { caseId: c.id, body, templateId: template.id } });
    const versions = (await json(
      await call(
        rt.app,
        t.reviewer!,
        `/api/drafts?filter=${encodeURIComponent(JSON.stringify({ caseId: c.id }))}`,
      ),
    )) as unknown as Json[];
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'superseded'],
    ]);
    expect(
      (await call(rt.app, t.health!, '/api/drafts', { json: { caseId: c.id, body: '越权' } })).status,
    ).toBe(404);
    expect((await call(rt.app, t.health!, `/api/drafts/${versions[0]!.id}`)).status).toBe(404);
  });

  it('greets the public on an opinion case and a 市民 on a nameless complaint, never “申请人” (通用答复)', async () => {
    const general = (
      (await json(await call(rt.app, t.duty!, '/api/templates?range=[0,99]'))) as unknown as Json[]
    ).find((x) => x.name === '通用答复')!;
    const greeting = async (type: string, extra: Json) => {
      const c = await json(
        await call(rt.app, t.duty!, '/api/cases', {
          json: { type, title: `称呼${type}`, body: '', ...extra },
        }),
      );
      const rendered = await json(
        await call(rt.app, t.duty!, `/api/templates/${general.id}/render`, { json: { caseId: c.id } }),
      );
      return String(rendered.body).split('：')[0];
    };
    expect(await greeting('opinion', { severity: 'general' })).toBe('网民朋友');
    expect(await greeting('complaint', {})).toBe('市民朋友');
  });

  it('merges a duplicate into the open case and moves nothing it should not', async () => {
    const main = await newCase('学区划分咨询');
    const dup = await newCase('学区划分咨询（重复）');
    const merged = await json(
      await call(rt.app, t.duty!, `/api/cases/${dup.id}/actions/merge`, { json: { intoId: main.id } }),
    );
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: main.id, allowedActions: [] });
    expect(
      (await call(rt.app, t.duty!, `/api/cases/${main.id}/actions/merge`, { json: { intoId: dup.id } }))
        .status,
    ).toBe(400);
    expect(
      (await call(rt.app, t.duty!, `/api/cases/${main.id}/actions/merge`, { json: { intoId: main.id } }))
        .status,
    ).toBe(400);
  });

  it('delivers notifications to their owner only and marks them read', async () => {
    const c = await newCase('教育局的新工单');
    await call(rt.app, t.duty!, `/api/cases/${c.id}/actions/assign`, { json: { departmentId: edu } });
    const mine = (await json(
      await call(rt.app, t.edu!, '/api/notifications?filter={"unread":true}'),
    )) as unknown as Json[];
    const note = mine.find((n) => n.caseId === c.id && n.kind === 'assigned')!;
    expect(note).toBeTruthy();
    expect(
      (
        (await json(
          await call(rt.app, t.health!, `/api/notifications/${note.id}/read`, { json: {} }),
        )) as Json
      ).updated,
    ).toBe(0);
    expect(
      ((await json(await call(rt.app, t.edu!, `/api/notifications/${note.id}/read`, { json: {} }))) as Json)
        .updated,
    ).toBe(1);
    const after = (await json(
      await call(rt.app, t.edu!, '/api/notifications?filter={"unread":true}'),
    )) as unknown as Json[];
    expect(after.some((n) => n.id === note.id)).toBe(false);
  });

  it('records 复议 and 诉讼 with their path and refuses a lawsuit without one', async () => {
    const ok = await call(rt.app, t.reviewer!, '/api/legal-challenges', {
      json: {
        kind: 'lawsuit',
        lawsuitPath: 'after-reconsideration',
        filedAt: '2026-04-01T00:00:00+08:00',
        reference: '（2026）赣0202行初1号',
      },
    });
    expect(ok.status).toBe(201);
    expect(
      (
        await call(rt.app, t.reviewer!, '/api/legal-challenges', {
          json: { kind: 'lawsuit', filedAt: '2026-04-01T00:00:00+08:00' },
        })
      ).status,
    ).toBe(400);
    const updated = await call(rt.app, t.reviewer!, `/api/legal-challenges/${(await json(ok)).id}`, {
      method: 'PUT',
      json: { result: 'upheld', decidedAt: '2026-08-01T00:00:00+08:00' },
    });
    expect(((await json(updated)) as Json).result).toBe('upheld');
  });

  it('warns about years the official holiday arrangement does not cover yet', async () => {
    const info = await json(await call(rt.app, t.leader!, '/api/calendar'));
    expect(info.officialYears).toEqual(expect.arrayContaining([2025, 2026]));
    const year = new Date().getFullYear();
    expect(info.missingYears).toEqual([year, year + 1].filter((y) => !info.officialYears.includes(y)));
    if (info.missingYears.length) expect(info.warning.zh).toContain('尚未收录');
  });
});
