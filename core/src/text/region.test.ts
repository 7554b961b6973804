import { describe, expect, it } from 'vitest';
import { regionNames, tagRegion } from './region';

describe('tagRegion', () => {
  it('knows the districts and counties of the city', () => {
    expect(regionNames).toEqual(expect.arrayContaining(['珠山区', '昌江区', '浮梁县', '乐平市']));
  });

  it('places a message by a district name or by one of its towns', () => {
    expect(tagRegion('昌江区西郊街道某小区噪音扰民')).toBe('昌江区');
    expect(tagRegion('瑶里镇景区门票价格问题')).toBe('浮梁县');
    expect(tagRegion('乐平市众埠镇道路坑洼')).toBe('乐平市');
  });

  it('picks the region mentioned most, then the one mentioned first, and null for none', () => {
    expect(tagRegion('从珠山区搬到浮梁县鹅湖镇后，浮梁县的医保怎么转')).toBe('浮梁县');
    expect(tagRegion('珠山区和昌江区都有这个问题')).toBe('珠山区');
    expect(tagRegion('公积金提取需要什么材料')).toBeNull();
  });
});
