import type { RawItem } from '@desk/core';
import { createGenerator, type GeneratedInquiry, type GeneratedMessage } from './generator';

/** Demo feed: a few citizen messages per minute (bursts and reposts included), now and then an inquiry. */
export const DEMO_SOURCE = { name: '演示数据源 (demo feed)', type: 'demo' as const, intervalSeconds: 20 };
/** Messages per pull on average (every 20 s → about 3 a minute). */
const MEAN_PER_PULL = 1;
const INQUIRY_CHANCE = 0.08;
/** On first start the desk gets a day of history so the lists and charts are not empty. */
const BACKLOG_MESSAGES = 80;
const BACKLOG_INQUIRIES = 6;

export const webItem = (m: GeneratedMessage): RawItem => ({
  externalId: m.externalId,
  url: m.url,
  title: m.title,
  body: m.body,
  author: m.author,
  publishedAt: m.publishedAt.toISOString(),
  likes: m.likes,
  replies: m.replies,
  kind: 'web',
  channel: 'feed',
});

export const inquiryItem = (q: GeneratedInquiry, receivedAt?: Date): RawItem => ({
  externalId: q.externalId,
  title: q.title,
  body: q.body,
  kind: 'inquiry',
  channel: q.channel,
  inquiryType: q.type,
  contact: q.contact,
  receivedAt: receivedAt?.toISOString(),
});

export function createDemoFeed(seed = Date.now() % 2 ** 31) {
  const generator = createGenerator({ seed, site: 'https://bbs.demo.example.cn', burstRate: 0.03 });
  let random = seed;
  const next = () => {
    random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0;
    return random / 2 ** 32;
  };
  return {
    pull(now = new Date()): RawItem[] {
      const items: RawItem[] = [];
      // A Poisson-ish count: usually 0–2, sometimes more.
      for (let left = MEAN_PER_PULL * 2; left > 0 && next() < 0.5; left -= 0.5)
        items.push(webItem(generator.message(now)));
      if (next() < INQUIRY_CHANCE) items.push(inquiryItem(generator.inquiry(), now));
      return items;
    },
    backlog(now = new Date()): RawItem[] {
      const items: RawItem[] = [];
      for (let i = BACKLOG_MESSAGES; i > 0; i--)
        items.push(webItem(generator.message(new Date(now.getTime() - i * (86_400_000 / BACKLOG_MESSAGES)))));
      for (let i = 0; i < BACKLOG_INQUIRIES; i++)
        items.push(inquiryItem(generator.inquiry(), new Date(now.getTime() - i * 3_600_000)));
      return items;
    },
  };
}

export type DemoFeed = ReturnType<typeof createDemoFeed>;
