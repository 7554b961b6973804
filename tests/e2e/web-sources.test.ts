import { join } from 'node:path';
import { forumSelectors, startForumSite } from '@desk/tests/forum-site';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  artifactsDir,
  CHROMIUM,
  chromiumAvailable,
  eventually,
  openSession,
  type RunningDesk,
  screenshot,
  selectOption,
  startDesk,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** What a phone shows (the viewport, not the whole page), and whether anything spills sideways. */
async function phoneShot(page: Page, name: string): Promise<number> {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
  // The page's own width as the browser lays it out (the project compiles without the DOM lib).
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  await page.setViewportSize(DESKTOP);
  return width;
}

/** A desk that has just started ingests its demo backlog; on a busy box the first page load can lag. */
async function signIn(url: string, username: string) {
  try {
    return await openSession(url, username);
  } catch {
    return openSession(url, username);
  }
}

describe.skipIf(skip)('web sources in Chromium: a forum without a feed, and a pasted link', () => {
  let desk: RunningDesk;
  let site: Awaited<ReturnType<typeof startForumSite>>;
  beforeAll(async () => {
    site = await startForumSite({ posts: 12, perPage: 10, articles: 2 });
    desk = await startDesk({ DESK_FETCH_PRIVATE_ADDRESSES: '1', DESK_CRAWLER_CONTACT: 'e2e@example.gov.cn' });
  }, 240_000);
  afterAll(async () => {
    await desk?.stop();
    await site?.close();
  });

  it('the administrator fills the html source form, tries it, saves it and sees the first threads arrive', async () => {
    const admin = await signIn(desk.url, 'admin');
    try {
      const { page } = admin;
      await page.goto(`${desk.url}/#/sources/create`);
      await page.getByLabel('名称').fill('瓷都论坛民生留言板');
      await selectOption(page, '类型', '网页（列表 + 详情）');
      await page.getByLabel('地址').fill(site.url('/bbs/forum-1.html'));
      await page.getByLabel('列表项选择器', { exact: true }).fill(forumSelectors.item);
      await page.getByLabel('链接选择器', { exact: true }).fill(forumSelectors.link);
      await page.getByLabel('标题选择器', { exact: true }).fill(forumSelectors.title);
      await page.getByLabel('时间选择器', { exact: true }).fill(forumSelectors.time);
      await page.getByLabel('作者选择器', { exact: true }).fill(forumSelectors.author);
      await page.getByLabel('下一页链接选择器', { exact: true }).fill(forumSelectors.next);
      await page.getByLabel('正文选择器', { exact: true }).fill(forumSelectors.detail.body);
      await page.getByLabel('发布时间选择器', { exact: true }).fill(forumSelectors.detail.time);
      await page.getByLabel('发帖人选择器', { exact: true }).fill(forumSelectors.detail.author);
      await page.getByTestId('preview-button').click();
      const newest = site.posts.at(-1)!;
      await page.getByTestId('preview-items').getByText(newest.title).waitFor({ timeout: 30_000 });
      await page.getByTestId('preview-detail').getByText(newest.author).first().waitFor();
      expect(await page.getByTestId('preview-problem').count()).toBe(0);
      await screenshot(page, 'web-source-preview');
      await page.getByTestId('source-preview').scrollIntoViewIfNeeded();
      expect(await phoneShot(page, 'web-source-preview-phone')).toBeLessThanOrEqual(PHONE.width);
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('瓷都论坛民生留言板').waitFor();
      const token = await apiLogin(desk.url, 'admin');
      const sources = (await api(desk.url, token, '/api/sources')) as { id: number; type: string }[];
      const id = sources.find((s) => s.type === 'html')!.id;
      await eventually(
        'the first pull to store threads',
        async () => {
          const source = (await api(desk.url, token, `/api/sources/${id}`)) as { itemsTotal: number };
          if (source.itemsTotal > 0) return true;
          if ((source as { lastError?: string }).lastError) throw new Error(JSON.stringify(source));
        },
        90_000,
        1_000,
      );
      const filter = encodeURIComponent(JSON.stringify({ sourceId: id }));
      await eventually(
        'the first threads to arrive',
        async () => {
          await page.goto(`${desk.url}/#/messages?filter=${filter}`);
          await page.getByText(newest.title).first().waitFor({ timeout: 3_000 });
          return true;
        },
        30_000,
        1_000,
      );
      await screenshot(page, 'web-source-messages');
    } finally {
      await admin.close();
    }
  }, 180_000);

  it('the duty officer pastes a news link from the stream page and lands on the new message', async () => {
    const duty = await signIn(desk.url, 'duty');
    try {
      const { page } = duty;
      const article = site.articles[0]!;
      await page.goto(`${desk.url}/#/stream`);
      await page.getByTestId('paste-link').click();
      await page.getByTestId('paste-link-url').fill(site.url(`/news/2026/${article.id}.html?from=timeline`));
      expect(await phoneShot(page, 'paste-link-phone')).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('paste-link-submit').click();
      await page.waitForURL(/#\/messages\/\d+\/show/, { timeout: 60_000 });
      await page.getByText(article.title).first().waitFor({ timeout: 30_000 });
      await screenshot(page, 'paste-link-message');
      await page.goto(`${desk.url}/#/stream`);
      await page.getByTestId('paste-link').click();
      await page.getByTestId('paste-link-url').fill(site.url('/news/2026/1.html'));
      await page.getByTestId('paste-link-submit').click();
      await page
        .getByTestId('paste-link-error')
        .getByText('无法读取该网页：网站返回错误状态', { exact: false })
        .waitFor();
      await page.screenshot({ path: join(artifactsDir, 'paste-link-error.png') });
    } finally {
      await duty.close();
    }
  }, 120_000);
});
