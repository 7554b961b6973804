import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  CHROMIUM,
  chromiumAvailable,
  DESKTOP,
  eventually,
  horizontalOverflow,
  idFromUrl,
  openSession,
  PHONE,
  type RunningDesk,
  type Session,
  screenshot,
  selectOption,
  startDesk,
} from './harness';

const skip = !chromiumAvailable();
if (skip) console.warn(`[e2e] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

interface EventRow {
  id: number;
  title: string;
  keywords: string[];
  regions: string[];
  messageCount: number;
}

/** Words that are filler of messages to the government, never a keyword (core/src/text/dict). */
const FILLER = ['都说会', '盼复', '谁来管', '解决', '听说', '希望', '领导'];

describe.skipIf(skip)('the demo desk: events, keywords, regions and routing proposals', () => {
  let desk: RunningDesk;
  let duty: Session;
  let events: EventRow[] = [];
  let caseId = 0;

  beforeAll(async () => {
    desk = await startDesk();
    const token = await apiLogin(desk.url, 'duty');
    // The demo's day of history is grouped into events shortly after start.
    events = await eventually(
      'the demo history to be grouped into events',
      async () => {
        const rows = (await api(
          desk.url,
          token,
          `/api/events?sort=${encodeURIComponent('["hotness","DESC"]')}&range=[0,9]`,
        )) as EventRow[];
        return rows.filter((e) => e.messageCount >= 2).length >= 2 ? rows : undefined;
      },
      120_000,
      2_000,
    );
    duty = await openSession(desk.url, 'duty');
  }, 300_000);
  afterAll(async () => {
    await duty?.close();
    await desk?.stop();
  });

  it('lists events titled by a message and tagged with clean keywords', async () => {
    for (const event of events) {
      expect(event.title.length).toBeGreaterThan(3);
      for (const word of event.keywords) expect(FILLER).not.toContain(word);
    }
    const { page } = duty;
    await page.goto(`${desk.url}/#/events`);
    await page.getByText(events[0]!.title).first().waitFor();
    await screenshot(page, 'topics-events-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'topics-events-390');
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 60_000);

  it('explains hotness behind a “?”, hides 级别 until an event has one, and draws steady trends as thin lines', async () => {
    const { page } = duty;
    try {
      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        await page.goto(`${desk.url}/#/events`);
        await page.reload();
        await page.getByText(events[0]!.title).first().waitFor();
        expect(await page.getByTestId('hotness-formula').count()).toBe(0);
        await page.getByTestId('hotness-help').hover();
        await page.getByTestId('hotness-help-text').getByText('近 24 小时').waitFor();
        await screenshot(page, `topics-hotness-help-${size.width}`);
        await page.mouse.move(0, size.height - 1);
        await page.getByTestId('hotness-help-text').waitFor({ state: 'detached' });
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await page.goto(`${desk.url}/#/events`);
    await page.getByText(events[0]!.title).first().waitFor();
    const header = page.locator('thead');
    expect(await header.getByText('级别').count()).toBe(0);
    // A trend that does not change is a line without a filled area (it used to fill the whole box).
    await page.getByTestId('sparkline').first().waitFor();
    const changing = page.locator('[data-testid="sparkline"][data-flat="false"]');
    if ((await changing.count()) > 0)
      expect(await changing.first().locator('.MuiLineChart-area').count()).toBe(1);
    for (const flat of await page.locator('[data-testid="sparkline"][data-flat="true"]').all()) {
      expect(await flat.locator('.MuiLineChart-area').count()).toBe(0);
      expect(await flat.locator('.MuiLineChart-line').count()).toBe(1);
    }
    // The duty officer grades an event on its page (titled by it); the board then shows the column.
    const event = events[0]!;
    await page.goto(`${desk.url}/#/events/${event.id}/show`);
    await page.getByText(event.title).first().waitFor();
    expect(await page.locator('#react-admin-title').textContent()).toBe(`舆情事件 · ${event.title}`);
    await selectOption(page, '级别', '较大');
    await eventually('the level to be saved', async () => {
      const token = await apiLogin(desk.url, 'duty');
      const saved = (await api(desk.url, token, `/api/events/${event.id}`)) as { severity: string | null };
      return saved.severity === '较大' ? true : undefined;
    });
    await page.goto(`${desk.url}/#/events`);
    await header.getByText('级别').waitFor();
    await page.locator('tbody').getByText('较大').first().waitFor();
    await screenshot(page, 'topics-events-graded');
    await page.setViewportSize(PHONE);
    try {
      await page.getByText('较大').first().waitFor();
      await screenshot(page, 'topics-events-graded-390');
      await page.goto(`${desk.url}/#/events/${event.id}/show`);
      await page.getByTestId('event-level').waitFor({ state: 'attached' });
      await screenshot(page, 'topics-event-390');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  }, 90_000);

  it('shows two event pages with their keywords and regions', async () => {
    const { page } = duty;
    const grouped = events.filter((e) => e.messageCount >= 2).slice(0, 2);
    for (const [i, event] of grouped.entries()) {
      await page.goto(`${desk.url}/#/events/${event.id}/show`);
      await page.getByText(event.title).first().waitFor();
      if (event.keywords[0]) await page.getByText(event.keywords[0]).first().waitFor();
      await screenshot(page, `topics-event-${i + 1}`);
    }
  }, 60_000);

  it("shows a message's keywords, region and routing proposal with its reason", async () => {
    const token = await apiLogin(desk.url, 'duty');
    const messages = (await api(
      desk.url,
      token,
      `/api/messages?filter=${encodeURIComponent(JSON.stringify({ eventId: events[0]!.id }))}&range=[0,4]`,
    )) as { id: number; region: string | null }[];
    const message = messages.find((m) => m.region) ?? messages[0]!;
    const { page } = duty;
    await page.goto(`${desk.url}/#/messages/${message.id}/show`);
    const topics = page.getByTestId('message-topics');
    await topics.getByTestId('message-keywords').locator('.MuiChip-root').first().waitFor();
    if (message.region) await topics.getByTestId('message-region').getByText(message.region).waitFor();
    await topics.getByTestId('proposal-reason').waitFor();
    expect((await topics.getByTestId('proposal-reason').textContent())?.length).toBeGreaterThan(4);
    await screenshot(page, 'topics-message');
  }, 60_000);

  it('proposes a department on the case form when the duty officer files a case from an event', async () => {
    const { page } = duty;
    const event = events[0]!;
    await page.goto(`${desk.url}/#/events/${event.id}/show`);
    await page.locator('li').filter({ hasText: /\S/ }).first().waitFor();
    await page.getByTestId('case-from-event').click();
    // Prefilled from the event: a body written from its figures and messages, the event by its title, a received time.
    await expect
      .poll(() => page.locator('textarea[name="body"]').inputValue())
      .toContain(`舆情事件“${event.title}”`);
    await page.locator('form').getByRole('link', { name: event.title }).waitFor();
    expect(await page.locator('input[name="receivedAt"]').inputValue()).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    );
    const proposal = page.getByTestId('case-form-proposal');
    await proposal.getByTestId('proposal-reason').waitFor({ timeout: 20_000 });
    await screenshot(page, 'topics-case-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('case-show').waitFor();
    await page.getByTestId('proposal').getByTestId('proposal-reason').waitFor();
    await screenshot(page, 'topics-case-from-event');
    caseId = idFromUrl(page.url(), 'cases');
  }, 90_000);

  it("the handler of the case's department opens its event and reads the event's messages", async () => {
    const token = await apiLogin(desk.url, 'duty');
    const departments = (await api(desk.url, token, '/api/departments')) as { id: number; code: string }[];
    const housing = departments.find((d) => d.code === 'housing')!;
    await api(desk.url, token, `/api/cases/${caseId}/actions/assign`, { departmentId: housing.id });
    const event = events[0]!;
    const handler = await openSession(desk.url, 'housing');
    try {
      const { page } = handler;
      await page.goto(`${desk.url}/#/cases/${caseId}/show`);
      await page.getByTestId('case-show').getByRole('link', { name: event.title }).click();
      await page.getByText(event.title).first().waitFor();
      // The event's citizen messages, as cards linking to their pages.
      await page.locator('ul a[href*="#/messages/"]').first().waitFor();
      expect(await page.locator('ul a[href*="#/messages/"]').count()).toBeGreaterThan(1);
      await screenshot(page, 'handler-event-1440');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('ul a[href*="#/messages/"]').first().waitFor();
      expect((await horizontalOverflow(page)).overflow).toBe(0);
      await screenshot(page, 'handler-event-390');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.locator('ul a[href*="#/messages/"]').first().click();
      await page.getByTestId('message-show').waitFor();
    } finally {
      await handler.close();
    }
  }, 90_000);

  it('explains a search: matches marked in the list and on the message page, an empty one says what was searched', async () => {
    const { page } = duty;
    const word = events[0]!.keywords[0]!;
    const search = (q: string) =>
      `${desk.url}/#/messages?filter=${encodeURIComponent(JSON.stringify({ q }))}`;
    await page.goto(search(word));
    await page.getByTestId('match').first().waitFor();
    await page.getByTestId('match-snippet').first().waitFor();
    // Marks are elements around text, never markup from the index.
    expect(await page.locator('[data-testid="match-snippet"]').first().innerHTML()).not.toMatch(
      /<em>|&lt;em/,
    );
    await screenshot(page, 'search-explained-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = page.getByTestId('phone-list');
    await phone.getByTestId('match').first().waitFor();
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, 'search-explained-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('match').first().click();
    await page.getByTestId('message-show').getByTestId('match').first().waitFor();
    expect(page.url()).toContain('hl=');
    // The received time is labelled among the facts.
    await page.getByTestId('message-show').getByText('接收时间').waitFor();
    await screenshot(page, 'search-message-1440');
    await page.goto(search('火星基地漏水'));
    await page.getByText('未找到与“火星基地漏水”相关的信息').waitFor();
    await screenshot(page, 'search-empty-1440');
  }, 90_000);
});
