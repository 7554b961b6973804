import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  chromiumAvailable,
  DESKTOP,
  horizontalOverflow,
  openPage,
  openSession,
  PHONE,
  type RunningDesk,
  screenshot,
  selectOption,
  startDesk,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

const figure = async (page: import('playwright-core').Page, key: string) =>
  Number((await page.getByTestId(`kpi-${key}`).textContent())?.replace(/[^\d.]/g, '') || 'NaN');

describe.skipIf(skip)('the demo with a year of history, as the leader sees it', () => {
  let desk: RunningDesk;
  beforeAll(async () => {
    desk = await startDesk({ DESK_DEMO_HISTORY: '1', LOG_LEVEL: 'info' });
  }, 300_000);
  afterAll(async () => {
    await desk?.stop();
  });

  it('shows this year on the dashboard and in 统计分析 at 1440×900 and 390×844, with no sideways scrolling', async () => {
    // Written once on the first start, with a progress line while it is written.
    expect(desk.output()).toMatch(/demo history: \d+\/\d+/);
    expect(desk.output()).toMatch(/demo history seeded in [\d.]+ s/);
    const session = await openSession(desk.url, 'leader');
    try {
      const { page } = session;
      await page.setViewportSize(DESKTOP);
      await page.getByTestId('dashboard-leader').waitFor();
      await selectOption(page, '统计周期', '今年');
      await page.getByTestId('chart-volume').waitFor();
      await expect.poll(() => figure(page, 'messages'), { timeout: 20_000 }).toBeGreaterThan(5_000);
      expect(await figure(page, 'completed')).toBeGreaterThan(500);
      expect(await figure(page, 'open_overdue')).toBeGreaterThan(0);
      const rate = await figure(page, 'on_time');
      expect(rate).toBeGreaterThan(75);
      expect(rate).toBeLessThan(100);
      expect((await horizontalOverflow(page)).overflow).toBe(0);
      await screenshot(page, 'demo-history-leader-dashboard-1440');
      await page.setViewportSize(PHONE);
      expect((await horizontalOverflow(page)).overflow).toBe(0);
      await screenshot(page, 'demo-history-leader-dashboard-390');

      await page.setViewportSize(DESKTOP);
      await openPage(page, desk.url, '#/reports');
      const table3 = page.getByTestId('annual-table3');
      await table3.waitFor();
      // 一、本年新收 and (一) 予以公开 are filled from the year's 依申请公开 requests.
      const firstRow = await table3.locator('tbody tr').first().textContent();
      expect(firstRow).toMatch(/[1-9]\d*/);
      expect((await horizontalOverflow(page)).overflow).toBe(0);
      await screenshot(page, 'demo-history-leader-reports-1440');
      await page.setViewportSize(PHONE);
      expect((await horizontalOverflow(page)).overflow).toBe(0);
      await screenshot(page, 'demo-history-leader-reports-390');
    } finally {
      await session.close();
    }
  }, 120_000);
});
