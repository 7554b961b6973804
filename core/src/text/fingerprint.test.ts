import { describe, expect, it } from 'vitest';
import {
  decodeSignature,
  encodeSignature,
  fingerprintBands,
  isNearDuplicate,
  MINHASH_SIZE,
  minhash,
  similarity,
} from './fingerprint';
import { segment } from './segment';

const fp = (text: string) => minhash(segment(text));

const original =
  '珠山区新村街道阳光花园小区自上周起连续停水三天，居民生活用水十分困难，老人小孩只能到外面买水。' +
  '物业说是供水管道破裂，但一直没有人来维修，希望自来水公司和相关部门尽快派人抢修，恢复正常供水。';

describe('minhash fingerprints', () => {
  it('finds a repost with a prefix and a changed word a near duplicate', () => {
    const repost = `转发：${original.replace('三天', '3天')}大家帮忙顶一下！`;
    expect(similarity(fp(original), fp(repost))).toBeGreaterThanOrEqual(0.8);
    expect(isNearDuplicate(fp(original), fp(repost))).toBe(true);
  });

  it('keeps a different message about the same place apart', () => {
    const other =
      '珠山区新村街道阳光花园小区门口的路灯已经坏了两个月，晚上出行非常不便，多次向社区反映没有结果，' +
      '希望城管部门尽快安排维修，保障居民夜间出行安全。';
    expect(isNearDuplicate(fp(original), fp(other))).toBe(false);
  });

  it('gives identical texts identical signatures and band keys, one value per hash', () => {
    expect(fp(original)).toEqual(fp(original));
    expect(fp(original)).toHaveLength(MINHASH_SIZE);
    expect(fingerprintBands(fp(original))).toEqual(fingerprintBands(fp(original)));
    expect(fp(original).every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31)).toBe(true);
    expect(decodeSignature(encodeSignature(fp(original)))).toEqual(fp(original));
  });

  it('lets a near duplicate share at least one band key with its original', () => {
    const repost = `【转】${original}`;
    const a = new Set(fingerprintBands(fp(original)));
    expect(fingerprintBands(fp(repost)).some((b) => a.has(b))).toBe(true);
  });
});
