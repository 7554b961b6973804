import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './dates';
import { parseJsonFeed } from './feed-json';
import { parseXmlFeed } from './feed-xml';

describe('parseXmlFeed', () => {
  it('reads RSS 2.0 items with guid, link, CDATA body, creator, date and comment count', () => {
    const [item] =
      parseXmlFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>留言板</title>
      <item><title>关于&amp;路灯</title><link>https://bbs.example.cn/t/1?utm_source=rss</link><guid>t-1</guid>
      <description><![CDATA[<p>路灯<b>不亮</b></p>]]></description><dc:creator>瓷都市民</dc:creator>
      <pubDate>Tue, 12 Mar 2019 02:30:00 GMT</pubDate><slash:comments>7</slash:comments></item></channel></rss>`);
    expect(item).toEqual({
      externalId: 't-1',
      url: 'https://bbs.example.cn/t/1?utm_source=rss',
      title: '关于&路灯',
      body: '<p>路灯<b>不亮</b></p>',
      author: '瓷都市民',
      publishedAt: '2019-03-12T02:30:00.000Z',
      replies: 7,
      channel: 'feed',
    });
  });

  it('reads Atom entries with the alternate link and the author name', () => {
    const [entry] = parseXmlFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id>
      <title type="text">标题</title><link rel="self" href="https://x.cn/self"/><link rel="alternate" href="https://x.cn/1"/>
      <updated>2024-01-02T03:04:05+08:00</updated><author><name>网友</name></author><summary>摘要</summary></entry></feed>`);
    expect(entry).toMatchObject({
      externalId: 'urn:1',
      url: 'https://x.cn/1',
      title: '标题',
      body: '摘要',
      author: '网友',
    });
    expect(entry!.publishedAt).toBe('2024-01-01T19:04:05.000Z');
  });

  it('refuses malformed XML and documents that are not feeds', () => {
    expect(() => parseXmlFeed('<rss><channel><item></channel></rss>')).toThrow(/malformed XML/);
    expect(() => parseXmlFeed('<html><body>hi</body></html>')).toThrow(/not an RSS or Atom feed/);
  });
});

describe('parseJsonFeed', () => {
  it('reads JSON Feed 1.1 without a mapping', () => {
    const items = parseJsonFeed(
      JSON.stringify({ items: [{ id: 1, title: 't', content_html: '<p>b</p>', authors: [{ name: 'a' }] }] }),
    );
    expect(items[0]).toMatchObject({ externalId: '1', title: 't', body: '<p>b</p>', author: 'a' });
  });

  it('reads any JSON API through a mapping of dot paths, also a bare array', () => {
    const doc = {
      data: {
        rows: [
          {
            no: 'x9',
            s: '标题',
            c: '内容',
            u: { n: '张' },
            t: '2019-02-28 11:25:05',
            st: { up: '12', re: 3 },
          },
        ],
      },
    };
    const mapping = {
      items: 'data.rows',
      externalId: 'no',
      title: 's',
      body: 'c',
      author: 'u.n',
      publishedAt: 't',
      likes: 'st.up',
      replies: 'st.re',
    };
    expect(parseJsonFeed(JSON.stringify(doc), mapping)[0]).toMatchObject({
      externalId: 'x9',
      title: '标题',
      author: '张',
      publishedAt: '2019-02-28T03:25:05.000Z',
      likes: 12,
      replies: 3,
    });
    expect(parseJsonFeed(JSON.stringify(doc.data.rows), mapping)).toHaveLength(1);
  });

  it('refuses malformed JSON and a missing item list', () => {
    expect(() => parseJsonFeed('{"items": [')).toThrow(/malformed JSON/);
    expect(() => parseJsonFeed('{"data": {}}', { items: 'data.list' })).toThrow(
      /no item list at "data.list"/,
    );
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822, ISO, unix seconds and milliseconds, and Chinese local times as Beijing time', () => {
    expect(parseFeedDate('Tue, 12 Mar 2019 10:30:00 +0800')?.toISOString()).toBe('2019-03-12T02:30:00.000Z');
    expect(parseFeedDate(1552357800)?.toISOString()).toBe('2019-03-12T02:30:00.000Z');
    expect(parseFeedDate('1552357800000')?.toISOString()).toBe('2019-03-12T02:30:00.000Z');
    expect(parseFeedDate('2019年3月12日 10:30')?.toISOString()).toBe('2019-03-12T02:30:00.000Z');
    expect(parseFeedDate('2019/03/12')?.toISOString()).toBe('2019-03-11T16:00:00.000Z');
    expect(parseFeedDate('下周')).toBeNull();
  });
});
