import { describe, expect, it } from 'vitest';
import { type AppError, isAppError } from '../errors';
import { type ClockState, computeDue } from '../rules/clock';
import { WorkCalendar } from './calendar';
import { addDays, daysBetween, localDateOf, startOfLocalDay } from './dates';
import { addWorkingDays, countWorkingDays, describeRange } from './working-days';

const calendar = new WorkCalendar();

/** The AppError a call throws (fails the test when it returns or throws anything else). */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal, got a result');
}

const clockFrom = (startAt: string, unit: ClockState['unit'] = 'working-days'): ClockState => ({
  policyId: null,
  policyLabel: '',
  unit,
  targets: [{ key: 'answer', amount: 5 }],
  maxExtensions: 0,
  maxExtensionAmount: 0,
  notifyLeader: false,
  startAt,
  startReason: 'received',
  pauses: [],
  extensions: [],
  supplements: [],
  met: {},
});

describe('the supported date window of the calendar', () => {
  it('refuses to count working days from 9999-12-31 instead of looping for ever', () => {
    const error = refusal(() => addWorkingDays(calendar, '9999-12-31', 5));
    expect(error.code).toBe('DATE_OUT_OF_RANGE');
    expect(error.details).toMatchObject({
      value: '9999-12-31',
      earliest: '1970-01-01',
      latest: '2100-12-31',
    });
    expect(error.message).toContain('2100');
  });

  it('refuses instants past year 9999 and before 1970 when turning them into local dates', () => {
    for (const iso of ['9999-12-31T00:00:00Z', '-200000-01-01', '+275760-09-13T00:00:00Z', '1969-12-31']) {
      expect(refusal(() => localDateOf(new Date(iso))).code, iso).toBe('DATE_OUT_OF_RANGE');
    }
    expect(refusal(() => localDateOf(new Date('nonsense'))).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('refuses impossible and out-of-window local dates', () => {
    for (const date of ['2024-13-01', '2024-02-30', '1969-12-31', '2101-01-01', '99999-01-01', '']) {
      expect(refusal(() => startOfLocalDay(date)).code, date).toBe('DATE_OUT_OF_RANGE');
    }
  });

  it('counts up to the last day of the window and refuses to step past it', () => {
    expect(addDays('2100-12-30', 1)).toBe('2100-12-31');
    expect(refusal(() => addDays('2100-12-31', 1)).code).toBe('DATE_OUT_OF_RANGE');
    expect(refusal(() => addDays('1970-01-01', -1)).code).toBe('DATE_OUT_OF_RANGE');
    expect(addWorkingDays(calendar, '2100-12-01', 10).dueDate).toBe('2100-12-15');
    expect(countWorkingDays(calendar, '2100-12-01', '2100-12-31')).toBe(22);
    expect(describeRange(calendar, '2100-12-25', '2100-12-31')).toHaveLength(7);
    expect(refusal(() => addWorkingDays(calendar, '2100-12-20', 20)).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('ends with a refusal when administrators declared every remaining day a holiday', () => {
    const allOff = Array.from({ length: daysBetween('2100-01-01', '2100-12-31') + 1 }, (_, i) => ({
      date: addDays('2100-01-01', i),
      kind: 'holiday' as const,
      name: '全年停休',
    }));
    const closed = new WorkCalendar(allOff);
    expect(refusal(() => addWorkingDays(closed, '2099-12-31', 1)).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('refuses a clock that starts outside the window, in working days and in hours', () => {
    for (const start of ['9999-12-31T20:00:00.000Z', '1960-01-01T00:00:00.000Z']) {
      const now = new Date('2026-03-02T00:00:00Z');
      expect(refusal(() => computeDue(clockFrom(start), calendar, 'open', now)).code).toBe(
        'DATE_OUT_OF_RANGE',
      );
      const hours = clockFrom(start, 'hours');
      expect(refusal(() => computeDue(hours, calendar, 'open', now)).code).toBe('DATE_OUT_OF_RANGE');
    }
  });

  it('gives an ordinary deadline unchanged inside the window', () => {
    const due = computeDue(
      clockFrom('2026-03-02T01:30:00.000Z'),
      calendar,
      'open',
      new Date('2026-03-02T02:00:00Z'),
    );
    expect(due.dueAt?.toISOString()).toBe('2026-03-09T15:59:59.999Z');
  });
});
