import { describe, expect, it } from 'vitest';
import { highlightTerms, markTerms } from '../../admin/src/messages/searchTerms';
import { searchMatch, segments } from '../../api/src/routes/messages/search-match';

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
