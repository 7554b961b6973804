import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  CHROMIUM,
  chromiumAvailable,
  eventually,
  openSession,
  type RunningDesk,
  screenshot,
  startDesk,
  startFeed,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

/** A grievance that threatens collective petitioning: it must be marked 研判 and explained. */
const message = {
  guid: 'why-1',
  title: '昌江区某楼盘逾期两年不交房，业主准备集体上访',
  description:
    '开发商一拖再拖，我们多次向住建局反映至今没有答复。业主群里已经约好，下周一再不给说法就集体上访，到市政府门口拉横幅。',
};

describe.skipIf(skip)('the message page shows why the desk judged a message as it did', () => {
  let desk: RunningDesk;
  let feed: Awaited<ReturnType<typeof startFeed>>;
  let id = 0;

  beforeAll(async () => {
    [desk, feed] = await Promise.all([startDesk(), startFeed([message])]);
    const admin = await apiLogin(desk.url, 'admin');
    await api(desk.url, admin, '/api/sources', {
      name: '研判测试留言板',
      type: 'rss',
      url: feed.url,
      intervalSeconds: 60,
    });
    const duty = await apiLogin(desk.url, 'duty');
    const filter = encodeURIComponent(JSON.stringify({ riskLevel: 'red' }));
    id = await eventually(
      'the message to be stored with its risk level',
      async () => ((await api(desk.url, duty, `/api/messages?filter=${filter}`)) as { id: number }[])[0]?.id,
      90_000,
      1_000,
    );
  }, 240_000);
  afterAll(async () => {
    await feed?.close();
    await desk?.stop();
  });

  it('shows the fired risk rule with its words, the sentiment evidence, and takes a correction', async () => {
    const session = await openSession(desk.url, 'duty');
    try {
      const { page } = session;
      await page.goto(`${desk.url}/#/messages/${id}/show`);
      const why = page.getByTestId('sentiment-why');
      await why.getByText('研判·群体性事件苗头').waitFor();
      await why.getByText('集体上访', { exact: true }).waitFor();
      await why.getByText('多次反映').waitFor();
      await screenshot(page, 'message-why-1440');
      await page.setViewportSize({ width: 390, height: 844 });
      await why.getByText('研判·群体性事件苗头').waitFor();
      await screenshot(page, 'message-why-390');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByTestId('confirm-sentiment').getByRole('button', { name: '中性' }).click();
      await page.getByText('已更新情感，并记为训练样本').waitFor();
      const token = await apiLogin(desk.url, 'duty');
      expect(await api(desk.url, token, `/api/messages/${id}`)).toMatchObject({
        sentimentLabel: '中性',
        sentimentSource: 'confirmed',
      });
    } finally {
      await session.close();
    }
  }, 90_000);
});
