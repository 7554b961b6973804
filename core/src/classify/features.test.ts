import { describe, expect, it } from 'vitest';
import { featureKey } from './feature-hash';
import { defaultFeatureSpec, extractFeatures } from './features';

const has = (keys: Uint32Array, feature: string) => keys.includes(featureKey(feature));
const countOf = (bag: ReturnType<typeof extractFeatures>, feature: string) =>
  bag.counts[bag.keys.indexOf(featureKey(feature))];

describe('extractFeatures', () => {
  it('hashes jieba words and character 1–3-grams of title and body into one vocabulary', () => {
    const bag = extractFeatures({ title: '小区电梯', body: '电梯坏了' });
    for (const f of ['tw:电梯', 'tc:电', 'tc:电梯', 'tc:小区电', 'tc:坏了'])
      expect(has(bag.keys, f)).toBe(true);
    expect(countOf(bag, 'tw:电梯')).toBe(2);
  });

  it('lists each key once with its count, also for long texts', () => {
    const bag = extractFeatures({ title: '物业费物业费物业费', body: '停车费'.repeat(400) });
    expect(new Set(bag.keys).size).toBe(bag.keys.length);
    expect(countOf(bag, 'tc:物业费')).toBe(3);
    expect(countOf(bag, 'tc:停')).toBe(200);
  });

  it('counts thousands of distinct n-grams of a long text exactly', () => {
    const title = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const spec = { words: false, charNgrams: [1, 2, 3], maxFieldChars: 2000, maxWordChars: 0 };
    const bag = extractFeatures({ title }, spec);
    expect(bag.keys.length).toBe(1500 + 1499 + 1498);
    expect(new Set(bag.keys).size).toBe(bag.keys.length);
    expect(bag.counts.every((n) => n === 1)).toBe(true);
    expect(extractFeatures({ title: '你好你好' }, spec).keys.length).toBe(2 + 2 + 2);
  });

  it('never joins characters across punctuation or spaces, and folds case and full-width letters', () => {
    const bag = extractFeatures({ title: '停水，停电 ＡＢ' });
    expect(has(bag.keys, 'tc:水停')).toBe(false);
    expect(has(bag.keys, 'tc:电a')).toBe(false);
    expect(has(bag.keys, 'tc:ab')).toBe(true);
    expect(has(bag.keys, 'tc:，')).toBe(false);
  });

  it('turns long digit runs (phone numbers) into one number word but keeps short ones', () => {
    const bag = extractFeatures({ title: '电话13912345678，2019年' });
    expect(has(bag.keys, 'tw:<num>')).toBe(true);
    expect(has(bag.keys, 'tw:13912345678')).toBe(false);
    expect(has(bag.keys, 'tw:2019')).toBe(true);
  });

  it('reads only the first maxFieldChars characters of a long body', () => {
    const body = `${'甲'.repeat(defaultFeatureSpec.maxFieldChars)}噪音扰民`;
    const bag = extractFeatures({ title: '投诉', body });
    expect(has(bag.keys, 'tc:噪音')).toBe(false);
    expect(has(extractFeatures({ title: '投诉', body: '噪音扰民' }).keys, 'tc:噪音')).toBe(true);
  });
});
