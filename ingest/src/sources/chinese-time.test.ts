import { describe, expect, it } from 'vitest';
import { parseChineseTime } from './chinese-time';

/** 2026-12-05 10:00 in Beijing. */
const now = new Date('2026-12-05T02:00:00Z');
const at = (text: string) => parseChineseTime(text, now)?.toISOString() ?? null;

describe('reading the times Chinese pages show', () => {
  it('reads absolute dates and times as Beijing time', () => {
    expect(at('2026年12月4日 14:05')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('2026年12月4日14时05分')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('2026-12-04')).toBe('2026-12-03T16:00:00.000Z');
    expect(at('2026/12/04 14:05:33')).toBe('2026-12-04T06:05:33.000Z');
    expect(at('2026.12.04')).toBe('2026-12-03T16:00:00.000Z');
    expect(at('发表于 2026-12-04 14:05')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('发布时间：2026-12-04 14:05 来源：市政府网')).toBe('2026-12-04T06:05:00.000Z');
  });

  it('reads relative times against the fetch time', () => {
    expect(at('刚刚')).toBe(now.toISOString());
    expect(at('3小时前')).toBe('2026-12-04T23:00:00.000Z');
    expect(at('半小时前')).toBe('2026-12-05T01:30:00.000Z');
    expect(at('5分钟前')).toBe('2026-12-05T01:55:00.000Z');
    expect(at('2 天前')).toBe('2026-12-03T02:00:00.000Z');
    expect(at('昨天 08:12')).toBe('2026-12-04T00:12:00.000Z');
    expect(at('前天 23:59')).toBe('2026-12-03T15:59:00.000Z');
    expect(at('今天 09:30')).toBe('2026-12-05T01:30:00.000Z');
  });

  it('counts calendar days in Beijing, not in the server zone', () => {
    // 00:30 on 5 December in Beijing is still 4 December in UTC.
    const earlyMorning = new Date('2026-12-04T16:30:00Z');
    expect(parseChineseTime('昨天 08:12', earlyMorning)?.toISOString()).toBe('2026-12-04T00:12:00.000Z');
  });

  it('puts a date without a year in this year unless that lies in the future', () => {
    expect(at('12-04 14:05')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('12月31日')).toBe('2025-12-30T16:00:00.000Z');
    expect(at('09:30')).toBe('2026-12-05T01:30:00.000Z');
    expect(at('11:30')).toBe('2026-12-04T03:30:00.000Z');
  });

  it('keeps machine-readable times and refuses text that names no time', () => {
    expect(at('2026-12-04T14:05:00+08:00')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('Fri, 04 Dec 2026 06:05:00 GMT')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('1796364300')).toBe('2026-12-04T06:05:00.000Z');
    expect(at('置顶')).toBeNull();
    expect(at('')).toBeNull();
    expect(at('2026-02-30')).toBeNull();
  });
});
