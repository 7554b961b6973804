import { describe, expect, it } from 'vitest';
import { highlightTerms, markTerms } from '../../admin/src/messages/searchTerms';
import { searchMatch, segments, snippetOf } from '../../api/src/routes/messages/search-match';

describe('explained search: match segments', () => {
  it("cuts Meilisearch's formatted text at its private-use markers into plain-text runs", () => {
    expect(segments('…沿江东路\uE000塌陷\uE001，<em>谁</em>来管')).toEqual([
      { text: '…沿江东路', hit: false },
      { text: '塌陷', hit: true },
      { text: '，<em>谁</em>来管', hit: false },
    ]);
    expect(segments('')).toEqual([]);
    const match = searchMatch({
      _formatted: { title: '\uE000路灯\uE001不亮', body: '路灯\uE000坏了\uE001' },
    });
    expect(match?.terms).toEqual(['路灯', '坏了']);
    expect(searchMatch({})).toBeUndefined();
  });

  it('crops a long body around its first match, never inside a match, marking the cuts', () => {
    expect(snippetOf('路灯\uE000坏了\uE001')).toBe('路灯\uE000坏了\uE001');
    const before = '前'.repeat(50);
    const after = '后'.repeat(100);
    const snippet = snippetOf(`${before}\uE000路灯\uE001${after}`);
    expect(snippet).toBe(`…${'前'.repeat(20)}\uE000路灯\uE001${'后'.repeat(58)}…`);
    // A match that straddles the end is kept whole; a body that matched nothing starts at its start.
    const twoMatches = `\uE000路灯\uE001${'后'.repeat(77)}\uE000坏了\uE001`;
    expect(snippetOf(`${twoMatches}${after}`)).toBe(`${twoMatches}…`);
    expect(snippetOf(after)).toBe(`${'后'.repeat(80)}…`);
  });

  it('marks the words on the message page, longest first, special characters taken literally', () => {
    expect(markTerms('路灯坏了，路灯不亮', ['路灯', '路灯坏了'])).toEqual([
      { text: '路灯坏了', hit: true },
      { text: '，', hit: false },
      { text: '路灯', hit: true },
      { text: '不亮', hit: false },
    ]);
    expect(markTerms('a+b (c)', ['(c)'])).toEqual([
      { text: 'a+b ', hit: false },
      { text: '(c)', hit: true },
    ]);
    expect(markTerms('无关', [])).toEqual([{ text: '无关', hit: false }]);
    expect(highlightTerms(`?hl=${encodeURIComponent('路灯\n 坏了 \n')}`)).toEqual(['路灯', '坏了']);
  });
});
