import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer';
import { currentGazetteer, useGazetteer } from './places';
import { regionNames, tagRegion } from './region';

describe('tagRegion', () => {
  it('knows the districts and counties of the city', () => {
    expect(regionNames).toEqual(
      expect.arrayContaining(['珠山区', '昌江区', '浮梁县', '乐平市', '昌南新区', '高新区']),
    );
  });

  it('places a message by a district name or by one of its towns', () => {
    expect(tagRegion('昌江区西郊街道某小区噪音扰民')).toBe('昌江区');
    expect(tagRegion('瑶里镇景区门票价格问题')).toBe('浮梁县');
    expect(tagRegion('乐平市众埠镇道路坑洼')).toBe('乐平市');
  });

  it('places a message that names only a road and a residential compound', () => {
    expect(tagRegion('新厂西路凤凰城门口的下水道堵了一个星期，污水漫到人行道上')).toBe('珠山区');
    expect(tagRegion('滨江一号小区地下车库积水')).toBe('昌江区');
    expect(tagRegion('陶溪川周末停车太难')).toBe('珠山区');
  });

  it('lets a district named outright outweigh a compound of another district', () => {
    expect(tagRegion('浮梁县湘湖镇凤凰城一带停电')).toBe('浮梁县');
  });

  it('picks the region mentioned most, then the one mentioned first, and null for none', () => {
    expect(tagRegion('从珠山区搬到浮梁县鹅湖镇后，浮梁县的医保怎么转')).toBe('浮梁县');
    expect(tagRegion('珠山区和昌江区都有这个问题')).toBe('珠山区');
    expect(tagRegion('公积金提取需要什么材料')).toBeNull();
    expect(tagRegion('瓷都大道晚高峰拥堵')).toBeNull();
  });

  it('follows an edited gazetteer at once', () => {
    const before = currentGazetteer();
    const edited = new Gazetteer([
      ...before.places,
      { key: 'new', name: '青峰苑', kind: 'compound', aliases: [], parentKey: '昌南新区' },
    ]);
    try {
      expect(tagRegion('青峰苑小区门口路灯不亮')).toBeNull();
      useGazetteer(edited);
      expect(tagRegion('青峰苑小区门口路灯不亮')).toBe('昌南新区');
    } finally {
      useGazetteer(before);
    }
  });
});
