import { describe, expect, it } from 'vitest';
import { PermanentIngestError } from './errors';
import { readDetailPage } from './html-detail';
import { readListPage } from './html-list';
import { countOf, loadPage, select } from './html-select';

const now = new Date('2026-12-05T02:00:00Z');
const list = `<html><head><title>留言板</title></head><body>
<table class="list"><tr class="row top"><td><a href="/notice.html">【置顶】须知</a></td></tr>
<tr class="row"><td class="t"><a href="thread-2.html" title="关于幸福路夜间施工噪音扰民的投诉">关于幸福路夜间施工…</a></td>
  <td class="u">网友甲</td><td class="d"><span title="2026-12-05 09:00">1小时前</span></td></tr>
<tr class="row"><td class="t"><a href="../other/thread-1.html">小区停水</a></td><td class="u">网友乙</td><td class="d">昨天 08:12</td></tr>
<tr class="row"><td class="t"><a href="javascript:void(0)">广告</a></td></tr>
</table><div class="pg"><a class="next" href="list_2.html">下一页</a></div></body></html>`;
const selectors = {
  item: 'table.list tbody tr.row:not(.top)',
  link: 'td.t a',
  title: 'td.t a',
  time: 'td.d',
  author: 'td.u',
  next: 'div.pg a.next',
};

describe('reading list and detail pages with CSS selectors', () => {
  it('reads each entry with its absolute link, full title, author and Beijing time, and the next page', () => {
    const page = readListPage(list, 'http://bbs.example.cn/board/list_1.html', selectors, now);
    expect(page.items.map((i) => i.url)).toEqual([
      'http://bbs.example.cn/board/thread-2.html',
      'http://bbs.example.cn/other/thread-1.html',
    ]);
    expect(page.items[0]).toMatchObject({ title: '关于幸福路夜间施工噪音扰民的投诉', author: '网友甲' });
    expect(page.items[0]!.publishedAt?.toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(page.items[1]!.publishedAt?.toISOString()).toBe('2026-12-04T00:12:00.000Z');
    expect(page.next).toBe('http://bbs.example.cn/board/list_2.html');
    expect(page.warnings).toEqual([]);
  });

  it('resolves links against the page base and takes a link inside the matched element', () => {
    const html = `<base href="http://m.example.cn/wap/"><ul><li><h3>标题一</h3><a href="t/9">详情</a></li></ul>`;
    const page = readListPage(html, 'http://bbs.example.cn/', { item: 'li', link: 'li', title: 'h3' }, now);
    expect(page.items).toEqual([
      expect.objectContaining({ url: 'http://m.example.cn/wap/t/9', title: '标题一' }),
    ]);
    expect(page.next).toBeNull();
  });

  it('fails the page when the item, link or title selector matches nothing (a layout change)', () => {
    const url = 'http://bbs.example.cn/list.html';
    const fail = (s: Partial<typeof selectors>) => () => readListPage(list, url, { ...selectors, ...s }, now);
    expect(fail({ item: 'ul.threads li' })).toThrow(/item "ul.threads li"/);
    expect(fail({ link: 'td.t a.missing' })).toThrow(PermanentIngestError);
    expect(fail({ title: 'td.nothing' })).toThrow(/选择器没有匹配到任何内容：title/);
    try {
      fail({ item: 'ul li' })();
    } catch (error) {
      expect((error as PermanentIngestError).problem).toMatchObject({
        code: 'selector-empty',
        field: 'item',
      });
    }
  });

  it('warns about optional selectors that matched nothing without failing', () => {
    const page = readListPage(list, 'http://bbs.example.cn/', { ...selectors, author: 'td.nobody' }, now);
    expect(page.items).toHaveLength(2);
    expect(page.warnings).toEqual([expect.objectContaining({ code: 'selector-empty', field: 'author' })]);
  });

  it('refuses a selector cheerio cannot run with its own problem code', () => {
    const page = loadPage('<p>x</p>', 'http://a.cn/');
    expect(() => select(page, 'p:nonsense-pseudo', 'item')).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'selector-invalid' }) }),
    );
  });

  it('takes the opening post as the body, without scripts, with counts and time', () => {
    const thread = `<div class="post"><b class="a">楼主小王</b><span class="t">发表于 2026年12月4日 14:05</span>
      <div class="msg">路灯坏了一个月。<script>alert(1)</script><br>请尽快修理。</div><i class="up">赞(1.2万)</i></div>
      <div class="post"><div class="msg">顶！</div></div><span class="rp">回复 3,400</span>`;
    const detail = readDetailPage(
      thread,
      'http://bbs.example.cn/t/1',
      { body: 'div.msg', time: 'span.t', author: 'b.a', likes: 'i.up', replies: 'span.rp' },
      now,
    );
    expect(detail.body).toContain('路灯坏了一个月');
    expect(detail.body).not.toContain('顶！');
    expect(detail.body).not.toContain('alert');
    expect(detail).toMatchObject({ author: '楼主小王', likes: 12_000, replies: 3_400 });
    expect(detail.publishedAt?.toISOString()).toBe('2026-12-04T06:05:00.000Z');
    expect(() => readDetailPage(thread, 'http://bbs.example.cn/t/1', { body: 'article' }, now)).toThrow(
      /detail.body "article"/,
    );
  });

  it('reads counts the way Chinese pages write them', () => {
    const page = loadPage('<i>回复(12)</i><b>3.5w</b><u>无</u>', 'http://a.cn/');
    expect(countOf(page.$('i') as never)).toBe(12);
    expect(countOf(page.$('b') as never)).toBe(35_000);
    expect(countOf(page.$('u') as never)).toBeUndefined();
  });
});
