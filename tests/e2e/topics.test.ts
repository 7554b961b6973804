import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  apiLogin,
  CHROMIUM,
  chromiumAvailable,
  eventually,
  openSession,
  type RunningDesk,
  type Session,
  screenshot,
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
  }, 90_000);
});
