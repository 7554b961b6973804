import { describe, expect, it } from 'vitest';
import { extractKeywords, keywordsFromTokens, segment, segmentForSearch } from './segment';

describe('segment', () => {
  it('keeps hotline numbers, phone numbers and order ids whole', () => {
    const words = segment('市民来电反映12345热线工单编号1584，电话13912345678');
    expect(words).toEqual(expect.arrayContaining(['12345', '1584', '13912345678']));
  });

  it('keeps the city dictionary terms whole (退费 is not split into 退/费难)', () => {
    expect(segment('预付卡退费难')).toEqual(['预付卡', '退费', '难']);
    expect(segment('珠山区搅拌站噪音扰民')).toEqual(['珠山区', '搅拌站', '噪音扰民']);
  });

  it('adds the parts of long words in search mode', () => {
    expect(segmentForSearch('市长热线')).toEqual(expect.arrayContaining(['市长', '热线', '市长热线']));
  });

  it('ranks the distinctive words of a message as keywords', () => {
    const words = extractKeywords(
      '昌江区某小区电梯频繁故障，电梯维保单位不作为，业主多次投诉电梯问题',
      3,
    ).map((k) => k.word);
    expect(words).toContain('电梯');
  });

  it('ranks keywords of segmented text like jieba ranks them from the raw text', () => {
    const text =
      '珠山区新村街道阳光花园小区连续停水三天，居民生活用水困难，自来水公司一直没有派人抢修供水管道。';
    const ours = keywordsFromTokens(segment(text), 6);
    const jieba = extractKeywords(text, 6);
    expect(ours.map((k) => k.word).sort()).toEqual(jieba.map((k) => k.word).sort());
    expect(ours[0]!.weight).toBeCloseTo(jieba[0]!.weight, 6);
  });
});
