import type { DayInfo, WorkCalendar } from './calendar';
import { addDays, daysBetween, type LocalDate } from './dates';

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
  let date = addDays(start, 0); // refuses a start outside the window
  // Ends: n is capped and addDays refuses to step past the supported window (window.ts).
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
  const span = daysBetween(from, to);
  let count = 0;
  for (let i = 1; i <= span; i++) if (calendar.isWorkingDay(addDays(from, i))) count++;
  return count;
}

/** Longest range the calendar view describes in one answer. */
export const MAX_RANGE_DAYS = 800;

/** Every day of a range with its classification, for the calendar view and the calculator. */
export function describeRange(calendar: WorkCalendar, from: LocalDate, to: LocalDate): DayInfo[] {
  const span = Math.min(daysBetween(from, to), MAX_RANGE_DAYS);
  const days: DayInfo[] = [];
  for (let i = 0; i <= span; i++) days.push(calendar.day(addDays(from, i)));
  return days;
}

/** Wall-clock deadline: opinion-event clocks run in hours, nights and holidays included. */
export const addHours = (start: Date, hours: number): Date => new Date(start.getTime() + hours * 3_600_000);
