import { OFFICIAL_SOURCE, type OfficialDay, officialDays, officialYears } from './base-data';
import { isWeekend, type LocalDate, yearOf } from './dates';

/** An administrator's correction: a day off or a working day the package does not (yet) know. */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'holiday' | 'workday';
  name: string;
  note?: string | null;
}

export type DayReason =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'makeup-workday'
  | 'override-holiday'
  | 'override-workday';

export interface DayInfo {
  date: LocalDate;
  working: boolean;
  reason: DayReason;
  /** Holiday or override name, when the day has one. */
  name?: { zh: string; en: string };
  inLieu?: boolean;
  /** The year has no official arrangement: only weekends are known. */
  uncovered?: boolean;
}

/**
 * The PRC working-day calendar: official holidays and 调休 make-up working days (chinese-days),
 * corrected by the administrator's override table, which always wins.
 */
export class WorkCalendar {
  readonly version: string;
  private readonly overrides: Map<LocalDate, CalendarOverride>;
  private readonly covered: Set<number>;

  constructor(
    overrides: readonly CalendarOverride[] = [],
    private readonly official: ReadonlyMap<string, OfficialDay> = officialDays,
    coveredYears: readonly number[] = officialYears,
  ) {
    this.overrides = new Map(overrides.map((o) => [o.date, o]));
    this.covered = new Set(coveredYears);
    this.version = calendarVersion(overrides);
  }

  get coveredYears(): number[] {
    return [...this.covered].sort((a, b) => a - b);
  }

  isCovered(date: LocalDate): boolean {
    return this.covered.has(yearOf(date));
  }

  day(date: LocalDate): DayInfo {
    const override = this.overrides.get(date);
    if (override) {
      const name = { zh: override.name, en: override.name };
      return override.kind === 'holiday'
        ? { date, working: false, reason: 'override-holiday', name }
        : { date, working: true, reason: 'override-workday', name };
    }
    const official = this.official.get(date);
    if (official?.kind === 'holiday')
      return { date, working: false, reason: 'holiday', name: official.name, inLieu: official.inLieu };
    if (official?.kind === 'makeup-workday')
      return { date, working: true, reason: 'makeup-workday', name: official.name };
    const uncovered = this.isCovered(date) ? undefined : true;
    return isWeekend(date)
      ? { date, working: false, reason: 'weekend', uncovered }
      : { date, working: true, reason: 'workday', uncovered };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.day(date).working;
  }
}

/** Identifies the calendar a deadline was computed with; stored beside every deadline. */
export function calendarVersion(overrides: readonly CalendarOverride[]): string {
  if (overrides.length === 0) return OFFICIAL_SOURCE;
  const canonical = [...overrides]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((o) => `${o.date}:${o.kind}:${o.name}`)
    .join('|');
  return `${OFFICIAL_SOURCE}+ov.${fnv1a(canonical)}`;
}

/** A short, stable, dependency-free hash (FNV-1a, 32 bit) for the version tag. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
