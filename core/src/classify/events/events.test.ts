import { describe, expect, it } from 'vitest';
import { anchorRelation, mainAnchors } from './anchors';
import { groupBatch, scoreHotspots } from './batch';
import { defaultGroupingOptions, EventMatcher, type EventState } from './cluster';
import { hotness } from './hotness';
import { cosine, type TermVector } from './vector';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, day, hour));

describe('event grouping', () => {
  const messages = [
    { id: 'm1', title: '丽景花园旁搅拌站噪音扰民', body: '夜间施工搅拌站噪音很大', createdAt: at(1) },
    { id: 'm2', title: '投诉丽景花园附近搅拌站夜间噪音', body: '搅拌站整夜作业', createdAt: at(2) },
    { id: 'm3', title: '丽景花园搅拌站扰民何时解决', createdAt: at(3) },
    { id: 'm4', title: '实验小学学位不足', body: '学区内孩子无法入学', createdAt: at(2) },
    { id: 'm5', title: '公积金贷款额度咨询', createdAt: at(4) },
  ];

  it('puts messages about the same matter in one event and others apart', () => {
    const events = groupBatch(messages);
    const noise = events.find((e) => e.messageIds.includes('m1'))!;
    expect(noise.messageIds.sort()).toEqual(['m1', 'm2', 'm3']);
    expect(noise.keywords).toContain('搅拌站');
    expect(events.find((e) => e.messageIds.includes('m4'))!.messageIds).toEqual(['m4']);
  });

  it('ranks the larger matter first and finds it among the top events', () => {
    const events = groupBatch(messages);
    expect(events[0]!.messageIds).toHaveLength(3);
    const score = scoreHotspots(events, new Map([['noise', ['m1', 'm2', 'm3']]]), 1);
    expect(score).toMatchObject({ found: 1, meanShare: 1, meanPurity: 1 });
    const wider = scoreHotspots(events, new Map([['noise', ['m1', 'm2']]]), 1);
    expect(wider.perReference[0]).toMatchObject({ share: 1, purity: 2 / 3 });
  });

  it('does not join an event that has been quiet longer than the window, unless it names its place', () => {
    const unnamed = [
      { id: 'u1', title: '公积金贷款额度咨询', body: '公积金贷款额度怎么计算', createdAt: at(1) },
      { id: 'u2', title: '公积金贷款额度咨询', body: '公积金贷款额度怎么计算', createdAt: at(1 + 200) },
    ];
    expect(groupBatch(unnamed)).toHaveLength(2);
    const named = [...messages.slice(0, 1), { ...messages[1]!, createdAt: at(1 + 200) }];
    expect(groupBatch(named)).toHaveLength(1);
    const tooLate = [...messages.slice(0, 1), { ...messages[1]!, createdAt: at(1 + 4 * 365) }];
    expect(groupBatch(tooLate)).toHaveLength(2);
  });
});

describe('event matcher', () => {
  /** The rule written plainly: scan every open event in order, keep the first best above the threshold. */
  function scan(states: EventState[], vector: TermVector, when: Date) {
    const { windowDays, namedWindowDays, threshold, unanchoredThreshold } = defaultGroupingOptions;
    const days = when.getTime() / 86_400_000;
    let best: { position: number; similarity: number } | null = null;
    states.forEach((event, position) => {
      const quiet = days - event.lastSeenAt.getTime() / 86_400_000;
      const relation = anchorRelation(mainAnchors(vector), mainAnchors(event.centroid));
      if (quiet > namedWindowDays || (relation !== 'shared' && quiet > windowDays)) return;
      const similarity = relation === 'conflict' ? 0 : cosine(vector, event.centroid);
      const needed = relation === 'shared' ? threshold : unanchoredThreshold;
      if (similarity >= needed && (!best || similarity > best.similarity)) best = { position, similarity };
    });
    return best as { position: number; similarity: number } | null;
  }

  it('finds the same event a scan of all open events finds, while events grow and close', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const vocabulary = Array.from({ length: 120 }, (_, i) => `词${i}`);
    const vectorOf = (): TermVector =>
      Object.fromEntries(
        Array.from({ length: 2 + Math.floor(random() * 5) }, () => [
          vocabulary[Math.floor(random() * vocabulary.length)]!,
          0.2 + random(),
        ]),
      );
    const matcher = new EventMatcher();
    const plain: EventState[] = [];
    let joins = 0;
    for (let i = 0; i < 400; i++) {
      const vector = vectorOf();
      const when = new Date(Date.UTC(2026, 0, 1) + i * 6 * 3_600_000);
      const expected = scan(plain, vector, when);
      const found = matcher.best(vector, when);
      expect(found?.position ?? null).toBe(expected?.position ?? null);
      if (found) {
        joins++;
        plain[found.position] = matcher.join(found.position, vector, when);
      } else {
        const state = { key: i, centroid: vector, count: 1, lastSeenAt: when };
        matcher.add(state);
        plain.push(state);
      }
    }
    expect(joins).toBeGreaterThan(50);
    expect(plain.length).toBeGreaterThan(20);
  });
});

describe('event matcher, edge cases a scan settles', () => {
  const t = new Date(Date.UTC(2026, 0, 1));

  it('lets the earlier event win a tie, whatever order its term index met them in', () => {
    const matcher = new EventMatcher();
    matcher.add({ key: 'a', centroid: { 甲: 1 }, count: 1, lastSeenAt: t });
    matcher.add({ key: 'b', centroid: { 乙: 1, 甲: 1 }, count: 1, lastSeenAt: t });
    matcher.join(0, { 乙: 1 }, t); // a now holds 乙 as b does, but the index met b first
    expect(matcher.best({ 乙: 1 }, t)?.event.key).toBe('a');
  });

  it('with a threshold of 0, takes the first open event even when it shares no term', () => {
    const matcher = new EventMatcher([{ key: 'a', centroid: { 甲: 1 }, count: 1, lastSeenAt: t }], {
      ...defaultGroupingOptions,
      threshold: 0,
      unanchoredThreshold: 0,
    });
    expect(matcher.best({ 丙: 1 }, t)).toMatchObject({ position: 0, similarity: 0 });
  });
});

describe('hotness', () => {
  it('grows with volume, attention and negativity but only logarithmically with likes', () => {
    const base = {
      messages: 10,
      likes: 0,
      dislikes: 0,
      replies: 0,
      negativeShare: 0,
      recentShare: 0,
      spanDays: 0,
    };
    expect(hotness({ ...base, messages: 20 })).toBeGreaterThan(hotness(base));
    expect(hotness({ ...base, negativeShare: 1 })).toBeGreaterThan(hotness(base));
    expect(hotness({ ...base, likes: 10_000 }) - hotness(base)).toBeLessThan(150);
  });

  it('weighs a matter raised again month after month, by whole days, as much as one that flares up today', () => {
    const base = {
      messages: 6,
      likes: 0,
      dislikes: 0,
      replies: 0,
      negativeShare: 1,
      recentShare: 0,
      spanDays: 0,
    };
    // Hours apart count as the same day.
    expect(hotness({ ...base, spanDays: 0.9 })).toBe(hotness(base));
    // A month of persistence adds 15·ln 2; a year adds 15·ln 13.
    expect(hotness({ ...base, spanDays: 30 }) - hotness(base)).toBeCloseTo(15 * Math.log(2), 1);
    expect(hotness({ ...base, spanDays: 360 }) - hotness(base)).toBeCloseTo(15 * Math.log(13), 1);
    // Six messages raised over a year outrank the same six all written today.
    expect(hotness({ ...base, spanDays: 360 })).toBeGreaterThan(hotness({ ...base, recentShare: 1 }));
  });
});
