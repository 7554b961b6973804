import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  CHROMIUM,
  chromiumAvailable,
  eventually,
  horizontalOverflow,
  menuPages,
  openPage,
  openSession,
  overlaps,
  PHONE,
  type RunningDesk,
  screenshot,
  startDesk,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

/** What each role's menu must offer and must not offer (the API's access table decides). */
const menus = {
  duty: {
    shows: ['实时信息流', '预警', '舆情事件', '值班表'],
    hides: ['用户', '审计日志', '接口密钥', '流程设置'],
  },
  handler: { shows: ['工单'], hides: ['用户', '信息源', '审计日志', '值班表'] },
  reviewer: { shows: ['工单', '审计日志'], hides: ['用户', '信息源'] },
  leader: { shows: ['统计分析'], hides: ['用户', '审计日志'] },
  admin: { shows: ['用户', '部门', '接口密钥', '审计日志', '队列监控', '流程设置'], hides: [] },
} as const;
const accounts = { duty: 'duty', handler: 'edu', reviewer: 'reviewer', leader: 'leader', admin: 'admin' };

describe.skipIf(skip)('the desk in Chromium: every role signs in to its own workspace', () => {
  let desk: RunningDesk;
  beforeAll(async () => {
    desk = await startDesk();
  }, 240_000);
  afterAll(async () => {
    await desk?.stop();
  });

  for (const [role, username] of Object.entries(accounts) as [keyof typeof menus, string][]) {
    it(`signs the ${role} in through the login form, in Chinese, with a menu for that role`, async () => {
      const session = await openSession(desk.url, username);
      try {
        const { page } = session;
        await expect(page.getByTestId('role-chip')).toBeDefined();
        const menu = page.getByTestId('main-menu');
        await page.getByTestId(`dashboard-${role}`).waitFor();
        for (const label of menus[role].shows) await menu.getByText(label, { exact: true }).first().waitFor();
        const text = await menu.textContent();
        for (const label of menus[role].hides) expect(text).not.toContain(label);
        await screenshot(page, `role-${role}-1440`);
      } finally {
        await session.close();
      }
    }, 60_000);

    it(`fits every page of the ${role}'s menu in 1440×900 and 390×844: no sideways scrolling, lists as cards on the phone`, async () => {
      const session = await openSession(desk.url, username);
      try {
        const { page } = session;
        const pages = await menuPages(page);
        expect(pages.length).toBeGreaterThan(1);
        const overflowing: string[] = [];
        const check = async (size: string) => {
          for (const hash of pages) {
            await openPage(page, desk.url, hash);
            const { overflow, culprits } = await horizontalOverflow(page);
            if (overflow > 0) overflowing.push(`${size} ${hash}: ${overflow}px (${culprits.join(', ')})`);
          }
        };
        await check('1440');
        await page.setViewportSize(PHONE);
        await check('390');
        expect(overflowing).toEqual([]);

        // A list with rows is a card list on the phone; the app bar holds the title and the role chip side by side.
        const list = pages.find((h) => /^#\/(messages|cases|alerts|users)$/.test(h)) ?? pages[1]!;
        await openPage(page, desk.url, list);
        await page.getByTestId('phone-list').or(page.locator('.RaEmpty-message')).first().waitFor();
        expect(await page.locator('table').count()).toBe(0);
        expect(await overlaps(page, '[data-testid="role-chip"]', '#react-admin-title')).toBe(false);
        await screenshot(page, `role-${role}-390-list`);
        await openPage(page, desk.url, '#/');
        expect((await horizontalOverflow(page)).overflow).toBe(0);
        await screenshot(page, `role-${role}-390`);
      } finally {
        await session.close();
      }
    }, 240_000);
  }

  it('switches the interface to English from the app bar and back', async () => {
    const session = await openSession(desk.url, 'admin');
    try {
      const { page } = session;
      await page.getByRole('button', { name: /中文|language/i }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByText('Administration').first().waitFor();
      await page.getByRole('button', { name: /English|language/i }).click();
      await page.getByRole('menuitem', { name: '中文' }).click();
      await page.getByText('系统管理').first().waitFor();
    } finally {
      await session.close();
    }
  }, 60_000);

  it('fits the whole title in the app bar on a phone and switches the language from the user menu there', async () => {
    const session = await openSession(desk.url, 'admin');
    try {
      const { page } = session;
      await page.setViewportSize(PHONE);
      await page.reload();
      const title = page.locator('#react-admin-title');
      await title.getByText('舆情回应工作台').waitFor();
      const fits = await title.evaluate((el) => {
        const box = el as unknown as { scrollWidth: number; clientWidth: number };
        return box.scrollWidth <= box.clientWidth;
      });
      expect(fits).toBe(true);
      expect(await overlaps(page, '[data-testid="role-chip"]', '#react-admin-title')).toBe(false);
      await page.getByRole('button', { name: '个人' }).click();
      await page.getByTestId('switch-language').click();
      await title.getByText('Opinion Desk').waitFor();
      await page.getByRole('button', { name: 'Profile' }).click();
      await page.getByTestId('switch-language').click();
      await title.getByText('舆情回应工作台').waitFor();
    } finally {
      await session.close();
    }
  }, 60_000);

  it('lets the duty officer open an event from selected messages, then merge another message into it', async () => {
    const token = await apiLogin(desk.url, 'duty');
    const [first, second, third] = await eventually(
      'three demo messages to arrive',
      async () => {
        const rows = (await api(desk.url, token, '/api/messages?range=[0,2]')) as { id: number }[];
        return rows.length === 3 ? rows : undefined;
      },
      60_000,
      1_000,
    );
    const title = `并入事件测试${Date.now()}`;
    const eventNamed = async () => {
      const filter = encodeURIComponent(JSON.stringify({ q: title }));
      return ((await api(desk.url, token, `/api/events?filter=${filter}`)) as { messageCount: number }[])[0];
    };
    const session = await openSession(desk.url, 'duty');
    try {
      const { page } = session;
      const filter = encodeURIComponent(JSON.stringify({ id: [first!.id, second!.id] }));
      await page.goto(`${desk.url}/#/messages?filter=${filter}`);
      await page.locator('thead input[type="checkbox"]').check();
      await page.getByTestId('merge-into-event').click();
      await page.getByTestId('new-event-title').fill(title);
      await screenshot(page, 'duty-merge-into-event');
      await page.getByTestId('new-event').click();
      await page.getByText(`已新建事件“${title}”`).waitFor();
      expect(await eventNamed()).toMatchObject({ messageCount: 2 });

      await page.goto(`${desk.url}/#/messages/${third!.id}/show`);
      await page.getByTestId('merge-into-event').click();
      await page.getByTestId('event-picker').locator('input').fill(title);
      await page.getByRole('option', { name: new RegExp(title) }).click();
      await page.getByTestId('merge-confirm').click();
      await page.getByText(`1 条留言已并入“${title}”`).waitFor();
      expect(await eventNamed()).toMatchObject({ messageCount: 3 });
    } finally {
      await session.close();
    }
  }, 90_000);

  it('lets the administrator switch leader approvals on and off on the workflow settings page', async () => {
    const token = await apiLogin(desk.url, 'admin');
    const session = await openSession(desk.url, 'admin');
    try {
      const { page } = session;
      await page.getByTestId('main-menu').getByText('流程设置', { exact: true }).click();
      await page.getByTestId('workflow-settings').waitFor();
      await screenshot(page, 'admin-workflow-settings');
      for (const on of [true, false]) {
        await page.getByLabel('领导可审批答复稿').setChecked(on);
        await page.getByTestId('workflow-save').click();
        await page.getByText('流程设置已保存').first().waitFor();
        expect(await api(desk.url, token, '/api/workflow-settings')).toEqual({ leaderApproves: on });
      }
    } finally {
      await session.close();
    }
  }, 60_000);

  describe('exports and personal data', () => {
    const ownTitle = '教育局导出测试：校车接送时间调整';
    const otherTitle = '卫健委导出测试：社区医院排队';
    let ownCase = 0;
    beforeAll(async () => {
      const token = await apiLogin(desk.url, 'duty');
      const departments = (await api(desk.url, token, '/api/departments?range=[0,99]')) as {
        id: number;
        code: string;
      }[];
      const id = (code: string) => departments.find((d) => d.code === code)!.id;
      const make = async (title: string, code: string) => {
        const created = (await api(desk.url, token, '/api/cases', {
          type: 'complaint',
          title,
          body: '测试内容',
          channel: 'phone',
          contact: { name: '张三', phone: '13912345678' },
        })) as { id: number };
        await api(desk.url, token, `/api/cases/${created.id}/actions/assign`, { departmentId: id(code) });
        return created.id;
      };
      ownCase = await make(ownTitle, 'edu');
      await make(otherTitle, 'health');
    }, 60_000);

    it("exports a handler's case list to CSV with only their own department's cases, and audits it", async () => {
      const session = await openSession(desk.url, 'edu');
      try {
        const { page } = session;
        await page.goto(`${desk.url}/#/cases`);
        await page.getByText(ownTitle).waitFor();
        await page.getByTestId('export-button').click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('menuitem', { name: /CSV/ }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^工单-\d{8}-\d{4}\.csv$/);
        const csv = readFileSync((await download.path())!, 'utf8');
        expect(csv).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00/);
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        expect(csv).toContain(ownTitle);
        expect(csv).not.toContain(otherTitle);
      } finally {
        await session.close();
      }
      const admin = await apiLogin(desk.url, 'admin');
      const filter = encodeURIComponent(JSON.stringify({ action: 'export', entity: 'cases' }));
      const entries = (await api(desk.url, admin, `/api/audit-log?filter=${filter}`)) as {
        actorName: string;
        after: { format: string };
      }[];
      expect(entries).toContainEqual(
        expect.objectContaining({ actorName: 'edu', after: expect.objectContaining({ format: 'csv' }) }),
      );
    }, 60_000);

    it("exports the duty officer's case list to a real XLSX workbook with Chinese headers", async () => {
      const session = await openSession(desk.url, 'duty');
      try {
        const { page } = session;
        await page.goto(`${desk.url}/#/cases`);
        await page.getByText(otherTitle).waitFor();
        await page.getByTestId('export-button').click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('menuitem', { name: /Excel/ }).click(),
        ]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile((await download.path())!);
        const sheet = workbook.worksheets[0]!;
        expect(sheet.getRow(1).values).toContain('标题');
        const titles = sheet.getColumn(2).values.map(String);
        expect(titles).toContain(ownTitle);
        expect(titles).toContain(otherTitle);
      } finally {
        await session.close();
      }
    }, 60_000);

    it('shows the contact masked, and in clear only after an audited unmask click', async () => {
      const session = await openSession(desk.url, 'edu');
      try {
        const { page } = session;
        page.on('dialog', (d) => void d.accept());
        await page.goto(`${desk.url}/#/cases/${ownCase}/show`);
        await page.getByTestId('contact-phone').getByText('139****5678').waitFor();
        await page.getByTestId('unmask').click();
        await page.getByTestId('contact-phone').getByText('13912345678').waitFor();
      } finally {
        await session.close();
      }
      const admin = await apiLogin(desk.url, 'admin');
      const filter = encodeURIComponent(JSON.stringify({ action: 'unmask', entity: 'cases' }));
      const entries = (await api(desk.url, admin, `/api/audit-log?filter=${filter}`)) as {
        entityId: string;
        actorName: string;
      }[];
      expect(entries).toContainEqual(
        expect.objectContaining({ entityId: String(ownCase), actorName: 'edu' }),
      );
    }, 60_000);

    it('offers no unmask to the leader, who may not see personal data', async () => {
      const session = await openSession(desk.url, 'leader');
      try {
        const { page } = session;
        await page.goto(`${desk.url}/#/cases/${ownCase}/show`);
        await page.getByTestId('contact-phone').getByText('139****5678').waitFor();
        expect(await page.getByTestId('unmask').count()).toBe(0);
      } finally {
        await session.close();
      }
    }, 60_000);
  });
});
