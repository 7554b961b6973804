import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import pkg from 'chinese-days/package.json' with { type: 'json' };
import { yearOf } from './dates';

/** One day the State Council's annual notice names: a day off, or a weekend day worked instead (调休). */
export interface OfficialDay {
  date: string;
  kind: 'holiday' | 'makeup-workday';
  name: { zh: string; en: string };
  /** A day off given in lieu of a worked weekend day (调休 rest day). */
  inLieu: boolean;
}

/** Entries look like "National Day,国庆节,3". */
function parseName(raw: string): { zh: string; en: string } {
  const [en = raw, zh = en] = raw.split(',');
  return { zh, en };
}

function load(): Map<string, OfficialDay> {
  const days = new Map<string, OfficialDay>();
  const inLieu = data.inLieuDays as Record<string, string>;
  for (const [date, raw] of Object.entries(data.holidays as Record<string, string>)) {
    days.set(date, { date, kind: 'holiday', name: parseName(raw), inLieu: date in inLieu });
  }
  for (const [date, raw] of Object.entries(data.workdays as Record<string, string>)) {
    days.set(date, { date, kind: 'makeup-workday', name: parseName(raw), inLieu: false });
  }
  return days;
}

/** The official holiday arrangements shipped with the `chinese-days` package. */
export const officialDays: ReadonlyMap<string, OfficialDay> = load();

/** Years for which the package has the State Council's arrangement (others fall back to weekends only). */
export const officialYears: readonly number[] = [
  ...new Set([...officialDays.keys()].map((d) => yearOf(d))),
].sort((a, b) => a - b);

export const OFFICIAL_SOURCE = `chinese-days@${pkg.version}`;
