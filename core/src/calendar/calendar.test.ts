import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './dates';

const calendar = new WorkCalendar();

describe('the PRC working-day calendar', () => {
  it('covers at least 2025 and 2026 with the official arrangement', () => {
    expect(calendar.coveredYears).toEqual(expect.arrayContaining([2025, 2026]));
    expect(calendar.isCovered('2027-03-01')).toBe(calendar.coveredYears.includes(2027));
  });

  it('knows the 2025 holidays and make-up working days', () => {
    const offs = ['2025-01-01', '2025-01-28', '2025-02-04', '2025-04-04', '2025-05-05', '2025-05-31'];
    for (const date of [...offs, '2025-06-02', '2025-10-01', '2025-10-08']) {
      expect(calendar.day(date), date).toMatchObject({ working: false, reason: 'holiday' });
    }
    for (const date of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(calendar.day(date), date).toMatchObject({ working: true, reason: 'makeup-workday' });
    }
    expect(calendar.day('2025-10-06').name?.zh).toBe('中秋');
    expect(calendar.day('2025-10-09')).toMatchObject({ working: true, reason: 'workday' });
  });

  it('knows the 2026 Spring Festival, National Day and their make-up working days', () => {
    for (let d = 15; d <= 23; d++) {
      expect(calendar.day(`2026-02-${d}`), `Feb ${d}`).toMatchObject({ working: false, reason: 'holiday' });
    }
    expect(calendar.day('2026-02-17').name).toEqual({ zh: '春节', en: 'Spring Festival' });
    for (let d = 1; d <= 7; d++) expect(calendar.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(calendar.day(date), date).toMatchObject({ working: true, reason: 'makeup-workday' });
    }
    expect(calendar.day('2026-02-24')).toMatchObject({ working: true, reason: 'workday' });
    expect(calendar.day('2026-03-01')).toMatchObject({ working: false, reason: 'weekend' });
  });

  it('lets an administrator override win over the package', () => {
    const corrected = new WorkCalendar([
      { date: '2026-02-24', kind: 'holiday', name: '市政府特别假日' },
      { date: '2026-02-15', kind: 'workday', name: '应急值守' },
    ]);
    expect(corrected.day('2026-02-24')).toMatchObject({ working: false, reason: 'override-holiday' });
    expect(corrected.day('2026-02-15')).toMatchObject({ working: true, reason: 'override-workday' });
    expect(corrected.version).not.toBe(calendar.version);
    expect(corrected.version).toMatch(/^chinese-days@[\d.]+\+ov\.[0-9a-f]{8}$/);
  });

  it('marks days of a year without an official arrangement and falls back to weekends', () => {
    const day = calendar.day('2031-06-03');
    expect(day).toMatchObject({ working: true, reason: 'workday', uncovered: true });
  });

  it('works in China Standard Time whatever the server time zone', () => {
    expect(localDateOf(new Date('2026-02-13T16:30:00Z'))).toBe('2026-02-14');
    expect(startOfLocalDay('2026-02-14').toISOString()).toBe('2026-02-13T16:00:00.000Z');
    expect(endOfLocalDay('2026-02-14').toISOString()).toBe('2026-02-14T15:59:59.999Z');
  });
});
