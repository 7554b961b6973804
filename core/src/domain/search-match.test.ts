import { describe, expect, it } from 'vitest';
import { markTerms, searchMatch, snippetOf, termPattern } from './search-match';

const plain = (text: string) => ({ text, hit: false });
const hit = (text: string) => ({ text, hit: true });

describe('explained search: match segments', () => {
  it('marks the words longest first, case-insensitively, special characters taken literally', () => {
    expect(markTerms('路灯坏了，路灯不亮', ['路灯', '路灯坏了'])).toEqual([
      hit('路灯坏了'),
      plain('，'),
      hit('路灯'),
      plain('不亮'),
    ]);
    expect(markTerms('a+b (c)', ['(c)'])).toEqual([plain('a+b '), hit('(c)')]);
    expect(markTerms('Wi-Fi 没信号', ['wi-fi'])).toEqual([hit('Wi-Fi'), plain(' 没信号')]);
    expect(markTerms('无关', [])).toEqual([plain('无关')]);
    expect(markTerms('', ['路灯'])).toEqual([]);
    // Neighbouring words are one marked run; markup in a message stays text.
    expect(markTerms('<em>路灯不亮</em>', ['路灯', '不亮'])).toEqual([
      plain('<em>'),
      hit('路灯不亮'),
      plain('</em>'),
    ]);
  });

  it('crops a long body around its first match, never inside a match or a character, marking the cuts', () => {
    const short = [plain('路灯'), hit('坏了')];
    expect(snippetOf(short)).toEqual(short);
    const before = '前'.repeat(50);
    const after = '后'.repeat(100);
    expect(snippetOf([plain(before), hit('路灯'), plain(after)])).toEqual([
      plain(`…${'前'.repeat(20)}`),
      hit('路灯'),
      plain(`${'后'.repeat(58)}…`),
    ]);
    // A match that straddles the end is kept whole; a body that matched nothing starts at its start.
    expect(snippetOf([hit('路灯'), plain('后'.repeat(77)), hit('坏了'), plain(after)])).toEqual([
      hit('路灯'),
      plain('后'.repeat(77)),
      hit('坏了'),
      plain('…'),
    ]);
    expect(snippetOf([plain(after)])).toEqual([plain(`${'后'.repeat(80)}…`)]);
    // Characters outside the BMP count as one and are never split.
    const emoji = '😀'.repeat(100);
    const [cut] = snippetOf([plain(emoji)]);
    expect(Array.from(cut!.text)).toHaveLength(81);
    expect(cut!.text).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('explains a hit: the marked title, a snippet of the body and the matched words as written', () => {
    const pattern = termPattern(['路灯', '不亮', '噪声']);
    const match = searchMatch(
      { title: '西郊街道路灯不亮', body: `${'夜里'.repeat(40)}，小区噪声扰民` },
      pattern,
    );
    expect(match.title).toEqual([plain('西郊街道'), hit('路灯不亮')]);
    expect(match.snippet.find((s) => s.hit)?.text).toBe('噪声');
    expect(match.terms).toEqual(['路灯不亮', '噪声']);
    expect(searchMatch({ title: '无关', body: '' }, termPattern([]))).toEqual({
      title: [plain('无关')],
      snippet: [],
      terms: [],
    });
  });
});
