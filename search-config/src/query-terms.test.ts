import { describe, expect, it } from 'vitest';
import { queryTerms } from './query-terms';

describe('queryTerms: the words a hit is marked with', () => {
  it('keeps each part of the query and its jieba words, without stop words and stray characters', () => {
    expect(queryTerms('加装电梯')).toEqual(['加装电梯', '加装', '电梯']);
    expect(queryTerms('"物业" 的 问题')).toEqual(['物业', '问题']);
    // jieba cuts 路灯不亮 into 路 / 灯不亮: a lone 路 would mark every road name.
    expect(queryTerms('路灯不亮')).not.toContain('路');
    expect(queryTerms('路灯不亮')).toContain('路灯不亮');
    expect(queryTerms('路')).toEqual(['路']);
  });

  it("adds the index's synonyms, so a hit found through one is explained", () => {
    expect(queryTerms('噪音')).toEqual(['噪音', '噪声']);
    expect(queryTerms('请问 医保')).toEqual(['医保', '医疗保险']);
    expect(queryTerms('12345热线')).toEqual(expect.arrayContaining(['12345热线', '12345', '市长热线']));
  });
});
