import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable, openSession, type RunningDesk, screenshot, startDesk } from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

/** What each role's menu must offer and must not offer (the API's access table decides). */
const menus = {
  duty: { shows: ['实时信息流'], hides: ['用户', '审计日志'] },
  handler: { shows: [], hides: ['用户', '实时信息流'] },
  reviewer: { shows: [], hides: ['用户'] },
  leader: { shows: [], hides: ['用户'] },
  admin: { shows: ['用户', '部门'], hides: [] },
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
        await screenshot(page, `role-${role}`);
      } finally {
        await session.close();
      }
    }, 60_000);
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
});
