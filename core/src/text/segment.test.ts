import { describe, expect, it } from 'vitest';
import { segment, segmentForSearch } from './segment';

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
});
