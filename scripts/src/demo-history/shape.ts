import { addDays, localDateOf, startOfLocalDay, type WorkCalendar } from '@desk/core';
import type { SeededRandom } from './random';

/** One day of the demo's year: its date (China Standard Time) and how many web messages arrive. */
export interface HistoryDay {
  date: string;
  start: Date;
  messages: number;
  /** A matter many people write about that day (a few in the year), with its share of the day. */
  burst: boolean;
  workingDay: boolean;
}

/**
 * Seasonal weight by month (1–12): more in summer (floods, heat, power cuts, noise at night) and at the
 * start of the heating season and the school year, fewer around the Spring Festival.
 */
const monthWeight = [0.85, 0.7, 0.95, 1, 1.05, 1.2, 1.35, 1.3, 1.15, 1, 1.05, 1.1];

/** Hour-of-day weights (CST): citizens write in the morning, after lunch and most in the evening. */
export const hourWeights = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.1, 1.3, 1.3, 1.1, 0.9, 0.9, 1.1, 1.2, 1.2, 1.1, 1, 1.2, 1.4,
  1.4, 1, 0.5,
];

/**
 * The days from `from` to `to` (local dates, inclusive) with a weekly shape (working days busier than
 * weekends and holidays, as the State Council calendar decides), a seasonal shape and a few bursts.
 */
export function historyDays(
  calendar: WorkCalendar,
  from: string,
  to: string,
  meanPerDay: number,
  random: SeededRandom,
): HistoryDay[] {
  const days: HistoryDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const workingDay = calendar.isWorkingDay(date);
    const month = Number(date.slice(5, 7));
    const weekly = workingDay ? 1.15 : 0.6;
    const noise = 0.8 + random.next() * 0.4;
    days.push({
      date,
      start: startOfLocalDay(date),
      messages: Math.max(1, Math.round(meanPerDay * weekly * monthWeight[month - 1]! * noise)),
      burst: false,
      workingDay,
    });
  }
  // A few days when one matter takes over: a flood, a school fee row, a factory smell, a bus route cut.
  const burstCount = Math.max(1, Math.round(days.length / 60));
  for (let i = 0; i < burstCount; i++) {
    const day = days[random.int(3, days.length - 4)]!;
    day.burst = true;
    day.messages = Math.round(day.messages * (2.5 + random.next() * 2));
  }
  return days;
}

/** A moment on `day`, following the hours citizens write at. */
export function momentOn(day: HistoryDay, random: SeededRandom): Date {
  const total = hourWeights.reduce((a, b) => a + b, 0);
  let r = random.next() * total;
  let hour = 0;
  while (hour < 23 && r >= hourWeights[hour]!) r -= hourWeights[hour++]!;
  return new Date(day.start.getTime() + hour * 3_600_000 + random.int(0, 3_599_999));
}

/** The local date a year before `now` (the first day of the demo's history). */
export const yearBefore = (now: Date) => addDays(localDateOf(now), -364);
