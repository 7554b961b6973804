import type { DayInfo, WorkCalendar } from './calendar';
import { addDays, type LocalDate } from './dates';

/** Longest period the engine counts; statutory periods are 2–60 working days, this stops runaway input. */
export const MAX_WORKING_DAYS = 1_000;

export interface WorkingDaysResult {
  /** The day the period ends on (its last counted working day). */
  dueDate: LocalDate;
  /** Days in the period that did not count: weekends, holidays, admin days off. */
  skipped: DayInfo[];
  /** Weekend days that counted because they are 调休 make-up working days (or admin working days). */
  weekendWorkdays: DayInfo[];
  /** Days of a year without an official arrangement, where only weekends are known. */
  uncovered: LocalDate[];
}

/**
 * Count `n` working days after `start`. The start day itself is not counted (the period begins the
 * next day, as 行政程序 periods do), so receipt on a Friday before a holiday counts from the next working day.
 */
export function addWorkingDays(calendar: WorkCalendar, start: LocalDate, n: number): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS)
    throw new RangeError(`working days must be an integer in 0..${MAX_WORKING_DAYS}`);
  const skipped: DayInfo[] = [];
  const weekendWorkdays: DayInfo[] = [];
  const uncovered = new Set<LocalDate>();
  let date = start;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    const day = calendar.day(date);
    if (day.uncovered) uncovered.add(date);
    if (!day.working) {
      skipped.push(day);
      continue;
    }
    if (day.reason === 'makeup-workday' || day.reason === 'override-workday') weekendWorkdays.push(day);
    counted++;
  }
  return { dueDate: date, skipped, weekendWorkdays, uncovered: [...uncovered] };
}

/** Working days in the half-open range (from, to]: how many a pause from `from` to `to` used up. */
export function countWorkingDays(calendar: WorkCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count++;
  }
  return count;
}

/** Every day of a range with its classification, for the calendar view and the calculator. */
export function describeRange(calendar: WorkCalendar, from: LocalDate, to: LocalDate): DayInfo[] {
  const days: DayInfo[] = [];
  for (let date = from; date <= to && days.length <= 800; date = addDays(date, 1))
    days.push(calendar.day(date));
  return days;
}

/** Wall-clock deadline: opinion-event clocks run in hours, nights and holidays included. */
export const addHours = (start: Date, hours: number): Date => new Date(start.getTime() + hours * 3_600_000);
