import type { CaseActionPayload, CaseCreate, DisclosureOutcome, UserActor } from '@desk/core';
import {
  applyCaseAction,
  claimDailyBriefing,
  createCase,
  createDraft,
  createLegalChallenge,
  schema,
} from '@desk/core/store';
import { asUser, call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huzhen2024, jingdezhen2018, type PublishedAnnualReport } from './annual-report-golden';

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** Every sum the printed form implies: columns → 总计, sub-rows → their group, groups → (七), 一+二 = 三+四, Table 四 rows. */
function arithmeticChecks(report: Json): string[] {
  const failures: string[] = [];
  const rows = Object.fromEntries(report.disclosure.table3.rows.map((r: Json) => [r.key, r.values]));
  const columns = (report.disclosure.table3.columns as string[]).filter((c) => c !== 'total');
  for (const column of [...columns, 'total']) {
    const v = (key: string) => rows[key][column] as number;
    for (const group of ['withheld', 'unable', 'not-processed', 'other']) {
      const subs = Object.keys(rows).filter((k) => k.startsWith(`${group}.`));
      if (subs.reduce((sum, k) => sum + v(k), 0) !== v(group))
        failures.push(`${group} ≠ Σ sub-rows (${column})`);
    }
    const results = ['granted', 'partial', 'withheld', 'unable', 'not-processed', 'other'];
    if (results.reduce((sum, k) => sum + v(k), 0) !== v('total'))
      failures.push(`(七) ≠ Σ (一)…(六) (${column})`);
    if (v('new') + v('carried') !== v('total') + v('carry-over'))
      failures.push(`一 + 二 ≠ 三 + 四 (${column})`);
  }
  for (const [key, values] of Object.entries(rows) as [string, Json][])
    if (columns.reduce((sum, c) => sum + values[c], 0) !== values.total)
      failures.push(`${key}: Σ columns ≠ 总计`);
  for (const g of report.disclosure.table4.groups as Json[])
    if (g.values.upheld + g.values.corrected + g.values.other + g.values.pending !== g.values.total)
      failures.push(`${g.key}: Σ results ≠ 总计`);
  if (!report.disclosure.table3.check.ok) failures.push('check flag');
  return failures;
}

describe.each(['pglite', 'postgres'] as const)(
  'annual-report statistics and on-time rates on %s',
  (engine) => {
    let rt: TestRuntime;
    let leader: string;
    let admin: UserActor;
    let eduId: number;
    let eventId: number;

    /** A 依申请公开 request received on `received`, answered on `answered` (if given) with `outcome`. */
    async function disclosure(
      received: string,
      applicantType: CaseCreate['applicantType'],
      answer?: { on: string; outcome: DisclosureOutcome },
    ) {
      const db = rt.database.db;
      const row = await createCase(
        db,
        admin,
        {
          type: 'disclosure',
          severity: null,
          title: `申请 ${received}`,
          body: '',
          channel: 'web',
          contact: null,
          receivedAt: at(received),
          jurisdiction: 'default',
          applicantType,
          messageId: null,
          eventId: null,
        },
        { now: at(received) },
      );
      const id = row!.id;
      const step = <A extends Parameters<typeof applyCaseAction>[1]['action']>(
        action: A,
        payload: Partial<CaseActionPayload<A>> = {},
        on = received,
      ) => applyCaseAction(db, { id, actor: admin, action, payload, now: at(on) });
      await step('assign', { departmentId: eduId });
      if (!answer) return id;
      await step('accept');
      await createDraft(db, admin, { caseId: id, body: '答复书', templateId: null });
      await step('submit');
      await step('approve');
      await step('publish', { outcome: answer.outcome }, answer.on);
      return id;
    }

    beforeAll(async () => {
      rt = await createTestRuntime({ engine });
      leader = await loginAs(rt.app, 'leader');
      const db = rt.database.db;
      const [a] = await db.select().from(schema.users).where(eq(schema.users.username, 'admin'));
      admin = asUser({
        id: a!.id,
        username: 'admin',
        displayName: 'admin',
        role: 'admin',
        departmentId: null,
      });
      eduId = (await db.select().from(schema.departments).where(eq(schema.departments.code, 'edu')))[0]!.id;

      await disclosure('2025-12-20', 'natural-person', { on: '2026-01-08', outcome: 'granted' }); // 二 → 三(一)
      await disclosure('2025-11-01', 'natural-person', { on: '2025-11-20', outcome: 'granted' }); // 2025 only
      await disclosure('2026-03-02', 'commercial', { on: '2026-03-20', outcome: 'unable.not-held' }); // 一 → 三(四)1
      await disclosure('2026-05-06', 'legal-service', { on: '2026-05-20', outcome: 'withheld.third-party' }); // 一 → 三(三)4
      await disclosure('2026-12-25', 'natural-person'); // 一 → 四
      await disclosure('2026-06-01', 'natural-person', { on: '2026-06-03', outcome: 'not-processed.repeat' }); // 一 → 三(五)2
      await disclosure('2026-07-01', 'research', { on: '2027-01-10', outcome: 'granted' }); // 一 → 四 (answered next year)

      const challenge = (
        kind: 'reconsideration' | 'lawsuit',
        path: 'direct' | 'after-reconsideration' | null,
        filed: string,
        result: 'upheld' | 'corrected' | 'pending',
        decided: string | null,
      ) =>
        createLegalChallenge(db, admin, {
          caseId: null,
          kind,
          lawsuitPath: path,
          result,
          filedAt: at(filed),
          decidedAt: decided ? at(decided) : null,
          reference: '',
          note: '',
        });
      await challenge('reconsideration', null, '2026-04-01', 'upheld', '2026-06-01');
      await challenge('reconsideration', null, '2026-10-01', 'pending', null);
      await challenge('lawsuit', 'direct', '2026-02-01', 'corrected', '2027-01-15');
      await challenge('lawsuit', 'after-reconsideration', '2025-03-01', 'upheld', '2025-09-01');

      // The briefing's day: two monitored posts (one reposted twice), a letter, a hostile title, an alert.
      const [source] = await db
        .insert(schema.sources)
        .values({ name: 'briefing-feed', type: 'rss' })
        .returning();
      const post = (
        title: string,
        channel: 'feed' | 'letter',
        extra: Partial<typeof schema.messages.$inferInsert> = {},
      ) =>
        db
          .insert(schema.messages)
          .values({
            sourceId: source!.id,
            dedupeKey: `id:${title}`,
            kind: 'web',
            channel,
            title,
            body: title,
            receivedAt: at('2026-03-02'),
            ...extra,
          })
          .returning();
      const [original] = await post('某小区停水三天无人管', 'feed', {
        topic: '城乡建设',
        sentimentLabel: '负面',
        region: '珠山区',
        duplicateCount: 2,
        likes: 30,
      });
      for (const n of [1, 2])
        await post(`某小区停水三天无人管 转${n}`, 'feed', { duplicateOfId: original!.id });
      await post('<script>alert(1)</script>公交线路调整建议', 'letter', { sentimentLabel: '中性' });
      await post('前一日的信息', 'feed', { receivedAt: at('2026-03-01') });
      const [event] = await db
        .insert(schema.events)
        .values({
          title: '某小区停水',
          keywords: ['停水'],
          status: 'open',
          messageCount: 1,
          firstSeenAt: at('2026-03-02'),
          lastSeenAt: at('2026-03-02'),
        })
        .returning();
      eventId = event!.id;
      await db.update(schema.messages).set({ eventId }).where(eq(schema.messages.id, original!.id));
      await db.insert(schema.alerts).values({
        kind: 'burst',
        level: 'yellow',
        title: '停水话题信息量突增',
        createdAt: at('2026-03-02'),
      });
    });
    afterAll(() => rt?.close());

    it('builds Table 三 from the fine-grained outcomes with 一 + 二 = 三 + 四', async () => {
      const report = (await (await call(rt.app, leader, '/api/reports/annual?year=2026')).json()) as Json;
      const rows = Object.fromEntries(report.disclosure.table3.rows.map((r: Json) => [r.key, r.values]));
      expect(rows.new.total).toBe(5);
      expect(rows.carried).toMatchObject({ total: 1, 'natural-person': 1 });
      expect(rows.granted.total).toBe(1);
      expect(rows.unable).toMatchObject({ total: 1, commercial: 1 });
      expect(rows['unable.not-held'].total).toBe(1);
      expect(rows['withheld.third-party']).toMatchObject({ total: 1, 'legal-service': 1 });
      expect(rows['not-processed.repeat'].total).toBe(1);
      expect(rows.total.total).toBe(4);
      expect(rows['carry-over']).toMatchObject({ total: 2, research: 1, 'natural-person': 1 });
      expect(report.disclosure.table3.check).toEqual({
        rule: '一 + 二 = 三 + 四',
        left: 6,
        right: 6,
        ok: true,
      });
      expect(report.disclosure.channels.online).toBe(5);
      expect(arithmeticChecks(report)).toEqual([]);
    });

    it.each([jingdezhen2018, huzhen2024])(
      'reproduces a published annual report: $source',
      async (published: PublishedAnnualReport) => {
        const db = rt.database.db;
        const received = at(`${published.year}-06-01`);
        const answered = at(`${published.year}-06-15`);
        await db.insert(schema.cases).values(
          published.requests.flatMap((r) =>
            Array.from({ length: r.n }, (_, i) => ({
              type: 'disclosure' as const,
              title: `${published.year} 申请 ${i}`,
              channel: r.channel,
              applicantType: r.applicant,
              receivedAt: received,
              status: r.outcome ? ('published' as const) : ('accepted' as const),
              disclosureOutcome: r.outcome,
              completedAt: r.outcome ? answered : null,
              outcomeAt: r.outcome ? answered : null,
            })),
          ),
        );
        for (const c of published.challenges)
          for (let i = 0; i < c.n; i++)
            await createLegalChallenge(db, admin, {
              caseId: null,
              kind: c.kind,
              lawsuitPath: c.path,
              result: c.result,
              filedAt: at(`${published.year}-07-01`),
              decidedAt: c.result === 'pending' ? null : at(`${published.year}-10-01`),
              reference: '',
              note: '',
            });
        const report = (await (
          await call(rt.app, leader, `/api/reports/annual?year=${published.year}`)
        ).json()) as Json;
        const rows = Object.fromEntries(report.disclosure.table3.rows.map((r: Json) => [r.key, r.values]));
        for (const [key, n] of Object.entries(published.expected.table3Total))
          expect(rows[key].total, key).toBe(n);
        for (const [key, n] of Object.entries(published.expected.table3NaturalPerson ?? {}))
          expect(rows[key]['natural-person'], key).toBe(n);
        if (published.expected.channels)
          expect(report.disclosure.channels).toMatchObject(published.expected.channels);
        const groups = Object.fromEntries(
          report.disclosure.table4.groups.map((g: Json) => [g.key, g.values]),
        );
        for (const [key, values] of Object.entries(published.expected.table4))
          expect(groups[key]).toMatchObject(values);
        expect(arithmeticChecks(report)).toEqual([]);
      },
    );

    it('builds Table 四 with results as of the year end', async () => {
      const report = (await (await call(rt.app, leader, '/api/reports/annual?year=2026')).json()) as Json;
      const groups = Object.fromEntries(report.disclosure.table4.groups.map((g: Json) => [g.key, g.values]));
      expect(groups.reconsideration).toMatchObject({ upheld: 1, pending: 1, total: 2 });
      expect(groups['lawsuit.direct']).toMatchObject({ corrected: 0, pending: 1, total: 1 });
      expect(groups['lawsuit.after-reconsideration'].total).toBe(0);
    });

    it('downloads the statistics as XLSX and DOCX and records the export', async () => {
      const xlsx = await call(rt.app, leader, '/api/reports/annual.xlsx?year=2026');
      expect(xlsx.headers.get('Content-Type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      const values = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
      expect(values.find((r) => r[0] === '一、本年新收政府信息公开申请数量')?.at(-1)).toBe(5);
      expect(values.some((r) => String(r[0]).startsWith('校验') && r[1] === '通过')).toBe(true);
      const docx = await call(rt.app, leader, '/api/reports/annual.docx?year=2026');
      const bytes = new Uint8Array(await docx.arrayBuffer());
      expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
      const daily = await call(rt.app, leader, '/api/reports/daily.docx?date=2026-03-02');
      expect(daily.status).toBe(200);
      const exports = await call(
        rt.app,
        await loginAs(rt.app, 'admin'),
        `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'export' }))}`,
      );
      expect(((await exports.json()) as Json[]).length).toBeGreaterThanOrEqual(3);
    });

    it('writes the daily briefing in words a leader reads, with reposts, charts and the case figures', async () => {
      const html = await call(rt.app, leader, '/api/reports/daily.html?date=2026-03-02');
      expect(html.status).toBe(200);
      expect(html.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      expect(html.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
      const page = await html.text();
      expect(page).toContain('当日监测到信息 2 条，另有转载、重复 2 条；较前一日增加 1 条');
      expect(page).toContain('网络媒体 1 条，信函 1 条');
      expect(page).toContain('负面 1 条，占 50%');
      expect(page).toContain('黄色预警·信息量突增：停水话题信息量突增');
      expect(page).toContain('某小区停水三天无人管（城乡建设；转载 2 次');
      expect(page).toContain('&#60;script&#62;');
      expect(page).not.toContain('<script');
      expect(page).not.toMatch(/\bfeed\b|\[yellow\]/);
      // The day's intake is the figures' definition: 03-02 received one 依申请公开, answered on 03-20.
      expect(page).toContain('当日受理 1 件，办结 1 件，其中按时办结 1 件，超期未办结 0 件，按时办结率 100%');
      expect(page.match(/<svg/g)).toHaveLength(2);

      const docx = await call(rt.app, leader, '/api/reports/daily.docx?date=2026-03-02');
      const zip = await JSZip.loadAsync(await docx.arrayBuffer());
      const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
      expect(images).toHaveLength(2);
      const png = await zip.file(images[0]!)!.async('uint8array');
      expect(Array.from(png.slice(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG');
      const body = await zip.file('word/document.xml')!.async('string');
      expect(body).toContain('w:eastAsia="方正小标宋简体"');
      expect(body).toContain('w:eastAsia="仿宋_GB2312"');
      expect(body).toContain('w:eastAsia="黑体"');
      const footers = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^word\/footer\d*\.xml$/.test(f))
          .map((f) => zip.file(f)!.async('string')),
      );
      expect(footers.join('')).toContain('PAGE');
    });

    it('writes an event 专报 with its spread, views and advice that follows from the figures', async () => {
      const page = await (await call(rt.app, leader, `/api/reports/events/${eventId}/report.html`)).text();
      for (const heading of ['一、事件概况', '二、传播情况', '三、观点分析', '四、研判建议'])
        expect(page).toContain(heading);
      expect(page).toContain('共 1 条，另被转载 2 次');
      expect(page).toContain('情感倾向：负面 1 条（100%）。');
      expect(page).toContain(
        '负面信息占 100%，建议责任单位尽快通过官方渠道发布权威信息，回应“某小区停水三天无人管”等关切',
      );
      expect(page).toContain('信息集中在珠山区');
      const docx = await call(rt.app, leader, `/api/reports/events/${eventId}/report.docx`);
      expect(docx.headers.get('Content-Disposition')).toContain(encodeURIComponent('舆情专报'));
      expect((await call(rt.app, leader, '/api/reports/events/999999/report.html')).status).toBe(404);
    });

    it('delivers the briefing once from 08:00 on working days, to every leader in the desk', async () => {
      const db = rt.database.db;
      const cst = (local: string) => new Date(`${local}+08:00`);
      expect(await claimDailyBriefing(db, cst('2026-03-03T07:59:00'))).toBeNull();
      expect(await claimDailyBriefing(db, cst('2026-03-07T09:00:00'))).toBeNull(); // Saturday
      const claimed = await claimDailyBriefing(db, cst('2026-03-03T08:01:00'));
      expect(claimed).toMatchObject({ dueOn: '2026-03-03', covers: '2026-03-02' });
      expect(claimed!.leaders).toBeGreaterThanOrEqual(1);
      expect(await claimDailyBriefing(db, cst('2026-03-03T08:02:00'))).toBeNull();
      const inbox = (await (await call(rt.app, leader, '/api/notifications')).json()) as Json[];
      expect(inbox.filter((n: Json) => n.kind === 'briefing')).toMatchObject([
        { title: '舆情日报（2026-03-02）已生成', detail: { date: '2026-03-02' } },
      ]);
    });

    it('computes on-time rates as on time ÷ (answered + open and overdue)', async () => {
      const from = encodeURIComponent(at('2026-01-01').toISOString());
      const to = encodeURIComponent(at('2027-01-01').toISOString());
      const body = (await (
        await call(rt.app, leader, `/api/reports/sla?from=${from}&to=${to}`)
      ).json()) as Json;
      const edu = body.departments.find((d: Json) => d.departmentId === eduId);
      // answered on time: 03-02 and 05-06 and the repeat; late: 07-01 (answered 2027); open: 12-25 (not yet due).
      expect(edu).toMatchObject({ received: 5, completed: 4, completedOnTime: 3, openOverdue: 0 });
      expect(edu.onTimeRate).toBe(0.75);
    });
  },
);
