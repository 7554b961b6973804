import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  CHROMIUM,
  chromiumAvailable,
  eventually,
  idFromUrl,
  openSession,
  type RunningDesk,
  runCaseAction,
  type Session,
  screenshot,
  selectOption,
  startDesk,
  startFeed,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

/** A web message only this test writes: the duty officer must find it by a Chinese keyword. */
const KEYWORD = '路灯';
const message = {
  guid: 'e2e-streetlight-1',
  title: '瓷都大道路灯夜间不亮存在安全隐患',
  description: '市民反映珠山区瓷都大道多处路灯连续一周夜间不亮，行人出行不便，请有关部门尽快维修。',
};
const LEAD_DEPARTMENT = '城市管理局';
const LEAD_HANDLER = 'urban';
const OTHER_HANDLER = 'edu';
const REVIEW_COMMENT = '请写明维修完成时限';
const REVISION = '我局将于三个工作日内完成维修。';

/** Wait for the case page's status chip (not any text: the history lists earlier statuses too). */
const caseStatus = (page: Session['page'], status: string) =>
  page.locator(`[data-testid="case-status"][data-status="${status}"]`).waitFor();

const kpi = async (session: Session, key: string) =>
  Number((await session.page.getByTestId(`kpi-${key}`).textContent())?.replace(/[^\d.]/g, ''));

describe.skipIf(skip)("the desk end to end: a citizen's message becomes a published response", () => {
  let desk: RunningDesk;
  let feed: Awaited<ReturnType<typeof startFeed>>;
  let duty: Session;
  let leader: Session;
  const state = { apiKey: '', caseId: 0, caseCode: '', published: 0 };

  beforeAll(async () => {
    [desk, feed] = await Promise.all([startDesk(), startFeed([message])]);
  }, 240_000);
  afterAll(async () => {
    for (const s of [duty, leader]) await s?.close();
    await feed?.close();
    await desk?.stop();
  });

  it('the administrator registers the web feed, a routing rule and a portal API key (shown once)', async () => {
    const admin = await openSession(desk.url, 'admin');
    try {
      const { page } = admin;
      await page.goto(`${desk.url}/#/sources/create`);
      await page.getByLabel('名称').fill('网民留言板（测试）');
      await page.getByLabel('地址').fill(feed.url);
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('网民留言板（测试）').waitFor();
      await page.goto(`${desk.url}/#/routing-rules/create`);
      await page.getByLabel('名称').fill('路灯报修');
      await selectOption(page, '承办单位', LEAD_DEPARTMENT);
      await page.getByLabel('关键词').fill(KEYWORD);
      await page.getByLabel('关键词').press('Enter');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('路灯报修').waitFor();
      await page.goto(`${desk.url}/#/api-keys/create`);
      await page.getByLabel('名称').fill('政府门户网站');
      await page.getByRole('button', { name: '保存' }).click();
      state.apiKey = (await page.getByTestId('api-key-secret').textContent()) ?? '';
      expect(state.apiKey.length).toBeGreaterThan(16);
    } finally {
      await admin.close();
    }
  }, 90_000);

  it("the leader's dashboard shows the period's counts", async () => {
    leader = await openSession(desk.url, 'leader');
    await leader.page.getByTestId('kpi-published').waitFor();
    state.published = await kpi(leader, 'published');
    await screenshot(leader.page, 'workflow-leader-before');
  }, 60_000);

  it('the duty officer finds the message by a Chinese keyword, makes it a case and assigns it to the proposed department', async () => {
    duty = await openSession(desk.url, 'duty');
    const { page } = duty;
    await eventually(
      'the message to be searchable',
      async () => {
        await page.goto(
          `${desk.url}/#/messages?filter=${encodeURIComponent(JSON.stringify({ q: KEYWORD }))}`,
        );
        await page.getByText(message.title).first().waitFor({ timeout: 3_000 });
        return true;
      },
      60_000,
      1_000,
    );
    await page.getByText(message.title).first().click();
    await page.getByTestId('message-body').getByText('瓷都大道多处路灯').waitFor();
    await page.getByTestId('create-case').click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('case-show').waitFor();
    state.caseId = idFromUrl(page.url(), 'cases');
    state.caseCode = ((await page.getByTestId('case-title').textContent()) ?? '').split(' · ')[0]!.trim();
    // The app bar names the page: the case's number and title, not an empty bar.
    expect(await page.locator('#react-admin-title').textContent()).toBe(
      `工单 ${state.caseCode} · ${message.title}`,
    );
    await page.getByTestId('proposal').getByText(LEAD_DEPARTMENT).waitFor();
    await runCaseAction(page, 'assign', async () => {
      // The routing rule's department is proposed and already selected.
      await page.getByRole('combobox', { name: '主办单位' }).getByText(LEAD_DEPARTMENT).waitFor();
    });
    await caseStatus(page, 'assigned');
    await screenshot(page, 'workflow-duty-assigned');
  }, 120_000);

  it('the handler of that department sees it, drafts the reply from a template and submits it', async () => {
    const handler = await openSession(desk.url, LEAD_HANDLER);
    try {
      const { page } = handler;
      await page.getByTestId('handler-inbox').getByText(state.caseCode).waitFor();
      await page.goto(`${desk.url}/#/cases/${state.caseId}/show`);
      await runCaseAction(page, 'accept');
      await page.getByTestId('reply-editor').waitFor();
      await selectOption(page, '答复模板', '通用答复');
      await eventually('the template to fill the reply', async () =>
        (await page.getByTestId('reply-body').inputValue()).length > 20 ? true : undefined,
      );
      // The chosen template stays named in the picker, and a citizen's message is greeted as one.
      expect(await page.getByRole('combobox', { name: '答复模板' }).textContent()).toBe('通用答复');
      expect(await page.getByTestId('reply-body').inputValue()).toMatch(/^(市民朋友|网民朋友|\S+\*+)：您好/);
      await page.getByTestId('reply-submit').click();
      await caseStatus(page, 'in-review');
      await screenshot(page, 'workflow-handler-submitted');
    } finally {
      await handler.close();
    }
  }, 90_000);

  it('a handler of another department cannot open the case by its URL', async () => {
    const other = await openSession(desk.url, OTHER_HANDLER);
    try {
      const { page } = other;
      await page.goto(`${desk.url}/#/cases/${state.caseId}/show`);
      await page
        .getByText(/记录不存在|未找到|无权/)
        .first()
        .waitFor();
      expect(await page.getByText(message.title).count()).toBe(0);
      const res = await page.request.get(`${desk.url}/api/cases/${state.caseId}`);
      expect(res.status()).toBe(404);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('the reviewer sends the draft back with a comment and the handler revises it', async () => {
    const reviewer = await openSession(desk.url, 'reviewer');
    try {
      const { page } = reviewer;
      await page.getByTestId('review-queue').getByText(state.caseCode).waitFor();
      await page.goto(`${desk.url}/#/cases/${state.caseId}/show`);
      await page.getByTestId('draft-latest').waitFor();
      await runCaseAction(page, 'reject', () => page.getByLabel('审核意见').fill(REVIEW_COMMENT));
      await caseStatus(page, 'drafting');
    } finally {
      await reviewer.close();
    }
    const handler = await openSession(desk.url, LEAD_HANDLER);
    try {
      const { page } = handler;
      await page.goto(`${desk.url}/#/cases/${state.caseId}/show`);
      await page.getByTestId('reply-editor').getByText(REVIEW_COMMENT).waitFor();
      const body = page.getByTestId('reply-body');
      await eventually('the first version in the editor', async () =>
        (await body.inputValue()).length > 20 ? true : undefined,
      );
      await body.fill(`${await body.inputValue()}\n${REVISION}`);
      await page.getByTestId('reply-submit').click();
      await caseStatus(page, 'in-review');
    } finally {
      await handler.close();
    }
  }, 90_000);

  it('the reviewer sees what changed, approves and publishes, and the response appears in the public feed', async () => {
    const reviewer = await openSession(desk.url, 'reviewer');
    try {
      const { page } = reviewer;
      await page.goto(`${desk.url}/#/cases/${state.caseId}/show`);
      await page.getByTestId('draft-diff').locator('ins').getByText(REVISION).waitFor();
      await runCaseAction(page, 'approve');
      await runCaseAction(page, 'publish', async () => {
        // The confirmation says which case's reply goes where.
        const said = await page.getByTestId('action-confirm-text').textContent();
        expect(said).toContain(state.caseCode);
        expect(said).toContain('政务回应栏目');
        await screenshot(page, 'workflow-publish-confirm');
      });
      await caseStatus(page, 'published');
      // Nothing to complete again after publication; the history names people, not logins.
      expect(await page.getByTestId('action-close').count()).toBe(0);
      const history = page.getByTestId('case-history');
      await history.getByText('值班员 张敏').first().waitFor();
      await history.getByText('审核员 李华').first().waitFor();
      expect(await history.textContent()).not.toMatch(/ · (duty|reviewer|urban)\b/);
      await screenshot(page, 'workflow-reviewer-published');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.locator('#react-admin-title').textContent()).toContain(state.caseCode);
      await screenshot(page, 'workflow-reviewer-published-390');
      // The audit trail in words: 发布 of a 工单, 登录 of a 用户, not case.publish / login / users.
      await page.goto(`${desk.url}/#/audit-log`);
      // On the phone each entry is a card: “reviewer · 发布 · 工单 #7”.
      await page.getByText(`reviewer · 发布 · 工单 #${state.caseId}`).first().waitFor();
      await screenshot(page, 'workflow-audit-log-390');
      await page.setViewportSize({ width: 1440, height: 900 });
      const rows = page.locator('tbody');
      await rows.getByText('发布', { exact: true }).first().waitFor();
      await rows.getByText('登录', { exact: true }).first().waitFor();
      const listed = (await rows.textContent()) ?? '';
      expect(listed).toContain('工单');
      expect(listed).not.toMatch(/case\.publish|\blogin\b|\busers\b/);
      await screenshot(page, 'workflow-audit-log');
    } finally {
      await reviewer.close();
    }
    const feedJson = (await (await fetch(`${desk.url}/api/public/responses.json`)).json()) as {
      items: { id: string; title: string; url: string }[];
    };
    expect(feedJson.items.map((i) => i.id)).toContain(state.caseCode);
    // Each RSS item links to its own public page.
    const rss = await (await fetch(`${desk.url}/api/public/responses.rss`)).text();
    const link = new RegExp(`<link>([^<]*/api/public/responses/${state.caseCode})</link>`).exec(rss)?.[1];
    expect(link).toBeTruthy();
    const own = await fetch(`${desk.url}${new URL(link!).pathname}`);
    expect(((await own.json()) as { id: string }).id).toBe(state.caseCode);
  }, 90_000);

  it("the leader's dashboard counts change", async () => {
    await leader.page.reload();
    await eventually('the published count to grow', async () =>
      (await kpi(leader, 'published')) > state.published ? true : undefined,
    );
    await screenshot(leader.page, 'workflow-leader-after');
  }, 60_000);

  it("a portal inquiry pushed through the intake endpoint appears on the duty officer's open stream within 5 s, without reload", async () => {
    const { page } = duty;
    await page.goto(`${desk.url}/#/stream`);
    await page.locator('[data-testid="stream-status"][data-status="open"]').waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      (globalThis as unknown as { __noReload: boolean }).__noReload = true;
    });
    const title = `咨询公积金异地提取手续 ${Date.now()}`;
    const sent = Date.now();
    const res = await fetch(`${desk.url}/api/intake/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': state.apiKey },
      body: JSON.stringify({
        type: '咨询',
        title,
        body: '请问在外地缴存的公积金如何办理提取？',
        channel: 'web',
      }),
    });
    expect(res.status).toBe(202);
    await page.getByTestId('stream-arrival').getByText(title).waitFor({ timeout: 5_000 });
    expect(Date.now() - sent).toBeLessThanOrEqual(5_000);
    await page.getByTestId('stream-banner').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { __noReload?: boolean }).__noReload)).toBe(
      true,
    );
    await screenshot(page, 'workflow-duty-stream');
  }, 60_000);

  it('citizen text with markup is shown as text and never runs', async () => {
    const { page } = duty;
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const login = await fetch(`${desk.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'duty', password: 'desk-demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${desk.url}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'complaint',
        title: `标题${hostile}`,
        body: `正文${hostile}`,
        channel: 'web',
      }),
    });
    const { id } = (await created.json()) as { id: number };
    await page.goto(`${desk.url}/#/cases/${id}/show`);
    await page.getByTestId('case-body').getByText(hostile, { exact: false }).waitFor();
    expect(await page.getByTestId('case-show').locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }, 60_000);

  it('a new alert pops up on the open desk without reload and is acknowledged from the inbox', async () => {
    const { page } = duty;
    await page.goto(`${desk.url}/#/alerts`);
    await page.getByText('仅未处理').waitFor();
    const title = `人工预警：瓷都大道路灯 ${Date.now()}`;
    const token = await apiLogin(desk.url, 'admin');
    await api(desk.url, token, '/api/alerts', { title, level: 'orange' });
    // The toast and the refreshed inbox both come over SSE; the page is not reloaded.
    await page.getByText(`新预警：${title}`).waitFor({ timeout: 10_000 });
    const row = page.locator('tr', { hasText: title });
    await row.getByTestId('acknowledge').click();
    await row.waitFor({ state: 'detached' });
  }, 60_000);
});
