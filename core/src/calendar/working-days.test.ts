import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar';
import { addDays, daysBetween } from './dates';
import { describeSkipped, groupSkipped } from './explain';
import { addHours, addWorkingDays, countWorkingDays } from './working-days';

const calendar = new WorkCalendar();
/** Start dates across the covered years and into an uncovered one. */
const startDate = fc.integer({ min: 0, max: 365 * 3 }).map((offset) => addDays('2024-06-01', offset));
const overrideArb = fc.record({
  date: fc.integer({ min: 0, max: 600 }).map((o) => addDays('2025-01-01', o)),
  kind: fc.constantFrom('holiday' as const, 'workday' as const),
  name: fc.constant('调整'),
});

describe('adding working days', () => {
  it('gives the date a careful clerk computes for 20 WD from Friday 2025-09-26 (before National Day)', () => {
    // Sat 27 off, Sun 28 make-up (1), 29 (2), 30 (3), Oct 1–8 off, 9 (4), 10 (5), Sat 11 make-up (6) …
    const result = addWorkingDays(calendar, '2025-09-26', 20);
    expect(result.dueDate).toBe('2025-10-30');
    expect(result.weekendWorkdays.map((d) => d.date)).toEqual(['2025-09-28', '2025-10-11']);
    const runs = groupSkipped(result.skipped);
    expect(runs).toContainEqual(expect.objectContaining({ from: '2025-10-01', to: '2025-10-05', days: 5 }));
    expect(describeSkipped(runs).zh).toContain('国庆节 2025-10-01–2025-10-05（5天）');
    expect(describeSkipped(runs).zh).toContain('中秋 2025-10-06（1天）');
  });

  it('counts 20 WD from Friday 2026-02-13 across the 2026 Spring Festival to 2026-03-19', () => {
    // Sat 14 make-up (1), Feb 15–23 off, 24–27 (2–5), Sat 28 make-up (6), Mar 2–6, 9–13, 16–19 (7–20)
    const result = addWorkingDays(calendar, '2026-02-13', 20);
    expect(result.dueDate).toBe('2026-03-19');
    expect(result.weekendWorkdays.map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(groupSkipped(result.skipped)[0]).toMatchObject({ from: '2026-02-15', to: '2026-02-23', days: 9 });
  });

  it('counts 15 WD from Wednesday 2026-09-30 across National Day 2026 to 2026-10-27', () => {
    // Oct 1–7 off, 8 (1), 9 (2), Sat 10 make-up (3), 12–16 (4–8), 19–23 (9–13), 26 (14), 27 (15)
    const result = addWorkingDays(calendar, '2026-09-30', 15);
    expect(result.dueDate).toBe('2026-10-27');
  });

  it('ends on a working day that has exactly n working days after the start', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const { dueDate } = addWorkingDays(calendar, start, n);
        expect(calendar.isWorkingDay(dueDate)).toBe(true);
        expect(countWorkingDays(calendar, start, dueDate)).toBe(n);
      }),
    );
  });

  it('accounts for every calendar day of the period as counted or skipped', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const result = addWorkingDays(calendar, start, n);
        expect(result.skipped.length + n).toBe(daysBetween(start, result.dueDate));
        expect(result.skipped.every((d) => !d.working)).toBe(true);
      }),
    );
  });

  it('is additive: a + b working days equals a then b', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (s, a, b) => {
        const first = addWorkingDays(calendar, s, a).dueDate;
        expect(addWorkingDays(calendar, first, b).dueDate).toBe(addWorkingDays(calendar, s, a + b).dueDate);
      }),
    );
  });

  it('is strictly monotonic in n and never moves earlier for a later start', () => {
    fc.assert(
      fc.property(
        startDate,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (s, n, gap) => {
          expect(addWorkingDays(calendar, s, n + 1).dueDate > addWorkingDays(calendar, s, n).dueDate).toBe(
            true,
          );
          expect(
            addWorkingDays(calendar, addDays(s, gap), n).dueDate >= addWorkingDays(calendar, s, n).dueDate,
          ).toBe(true);
        },
      ),
    );
  });

  it('never gets earlier when the administrator adds a day off, never later when a working day', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 40 }), overrideArb, (s, n, override) => {
        const base = addWorkingDays(calendar, s, n).dueDate;
        const changed = addWorkingDays(new WorkCalendar([override]), s, n).dueDate;
        if (override.kind === 'holiday') expect(changed >= base).toBe(true);
        else expect(changed <= base).toBe(true);
      }),
    );
  });

  it('refuses negative, fractional and absurd periods', () => {
    expect(() => addWorkingDays(calendar, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-01-05', 5000)).toThrow(RangeError);
  });

  it('runs wall-clock hours through nights and holidays', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 72 }),
        (start, h) => {
          expect(addHours(start, h).getTime() - start.getTime()).toBe(h * 3_600_000);
        },
      ),
    );
    expect(addHours(new Date('2026-02-16T02:00:00Z'), 5).toISOString()).toBe('2026-02-16T07:00:00.000Z');
  });
});
