import { describe, expect, it } from 'vitest';
import type { SchemeRule } from '../domain/scheme';
import { burstTuning, detectBurst } from './burst';
import { proposeFromRules, type RoutingRule } from './routing';
import { matchesScheme, schemeQueries } from './scheme-match';

const scheme: SchemeRule = {
  id: 1,
  regionWords: ['珠山区', '昌江区'],
  subjectWords: ['搅拌站'],
  eventWords: ['噪音', '扬尘'],
  excludeWords: ['招聘'],
  sourceIds: [],
  channels: [],
  regions: [],
};
const message = (
  title: string,
  extra: Partial<{ region: string | null; channel: string; sourceId: number }> = {},
) => ({
  title,
  body: '',
  sourceId: 1,
  channel: 'web',
  region: null,
  ...extra,
});

describe('monitoring scheme matching', () => {
  it('needs a region word AND a subject word AND an event word', () => {
    expect(matchesScheme(scheme, message('珠山区搅拌站噪音扰民'))).toBe(true);
    expect(matchesScheme(scheme, message('珠山区搅拌站开工'))).toBe(false);
    expect(matchesScheme(scheme, message('浮梁县搅拌站噪音'))).toBe(false);
  });

  it('drops a message with an exclusion word and accepts the tagged region for the region words', () => {
    expect(matchesScheme(scheme, message('珠山区搅拌站招聘，噪音小'))).toBe(false);
    expect(matchesScheme(scheme, message('搅拌站扬尘严重', { region: '昌江区' }))).toBe(true);
  });

  it('applies the channel and source filters', () => {
    const filtered = { ...scheme, channels: ['wechat'], sourceIds: [7] };
    expect(matchesScheme(filtered, message('珠山区搅拌站噪音'))).toBe(false);
    expect(matchesScheme(filtered, message('珠山区搅拌站噪音', { channel: 'wechat', sourceId: 7 }))).toBe(
      true,
    );
  });

  it('compiles to one Meilisearch query per word combination, the event word last', () => {
    expect(schemeQueries(scheme)).toEqual([
      '珠山区 搅拌站 噪音',
      '珠山区 搅拌站 扬尘',
      '昌江区 搅拌站 噪音',
      '昌江区 搅拌站 扬尘',
    ]);
  });
});

describe('routing rules', () => {
  const rule = (id: number, departmentId: number, extra: Partial<RoutingRule>): RoutingRule => ({
    id,
    name: `r${id}`,
    departmentId,
    topic: null,
    schemeId: null,
    keywords: [],
    regions: [],
    priority: 0,
    ...extra,
  });
  const rules = [
    rule(1, 10, { topic: '环境保护' }),
    rule(2, 20, { topic: '环境保护', keywords: ['噪音'] }),
    rule(3, 30, { schemeId: 5 }),
    rule(4, 40, { regions: ['浮梁县'], priority: 5 }),
  ];

  it('prefers the most specific matching rule, then priority overrides specificity', () => {
    expect(proposeFromRules(rules, { topic: '环境保护', text: '河道异味' })?.departmentId).toBe(10);
    expect(proposeFromRules(rules, { topic: '环境保护', text: '夜间噪音' })?.departmentId).toBe(20);
    expect(
      proposeFromRules(rules, { topic: '环境保护', text: '夜间噪音', schemeIds: [5] })?.departmentId,
    ).toBe(30);
    expect(
      proposeFromRules(rules, { topic: '环境保护', region: '浮梁县', schemeIds: [5] })?.departmentId,
    ).toBe(40);
  });

  it('proposes nothing when no rule matches', () => {
    expect(proposeFromRules(rules, { topic: '交通运输' })).toBeNull();
  });
});

describe('burst detection', () => {
  it('raises a burst when the last hour is far above the baseline, with a level by volume', () => {
    expect(detectBurst({ recent: 6, recentNegative: 0, baseline: 0 })).toMatchObject({
      kind: 'burst',
      level: 'yellow',
    });
    expect(detectBurst({ recent: 40, recentNegative: 0, baseline: 24 })).toMatchObject({
      kind: 'burst',
      level: 'red',
    });
  });

  it('stays quiet below the minimum or when the volume is usual', () => {
    expect(detectBurst({ recent: burstTuning.minBurst - 1, recentNegative: 4, baseline: 0 })).toBeNull();
    expect(detectBurst({ recent: 6, recentNegative: 0, baseline: 24 * 4 })).toBeNull();
  });

  it('raises a negativity alert for a usual volume that is mostly negative', () => {
    expect(detectBurst({ recent: 6, recentNegative: 5, baseline: 24 * 4 })).toMatchObject({
      kind: 'negative',
    });
  });
});
