import type { DayInfo, DayReason } from './calendar';
import { addDays, type LocalDate } from './dates';

/** Consecutive skipped days with the same reason, e.g. "春节 2026-02-15 – 2026-02-23 (9 days)". */
export interface SkippedRun {
  from: LocalDate;
  to: LocalDate;
  days: number;
  reason: DayReason;
  name?: { zh: string; en: string };
}

export function groupSkipped(skipped: readonly DayInfo[]): SkippedRun[] {
  const runs: SkippedRun[] = [];
  for (const day of skipped) {
    const last = runs.at(-1);
    const sameKind = last && last.reason === day.reason && last.name?.zh === day.name?.zh;
    if (last && sameKind && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.days++;
    } else {
      runs.push({ from: day.date, to: day.date, days: 1, reason: day.reason, name: day.name });
    }
  }
  return runs;
}

const span = (run: SkippedRun) => (run.from === run.to ? run.from : `${run.from}–${run.to}`);

/** "春节 2026-02-15–2026-02-23（9天）；周末 2 天" and its English twin. */
export function describeSkipped(runs: readonly SkippedRun[]): { zh: string; en: string } {
  const named = runs.filter((r) => r.reason !== 'weekend');
  const weekendDays = runs.filter((r) => r.reason === 'weekend').reduce((sum, r) => sum + r.days, 0);
  const zh = named.map((r) => `${r.name?.zh ?? '休息日'} ${span(r)}（${r.days}天）`);
  const en = named.map((r) => `${r.name?.en ?? 'day off'} ${span(r)} (${r.days} d)`);
  if (weekendDays) {
    zh.push(`周末 ${weekendDays} 天`);
    en.push(`${weekendDays} weekend day${weekendDays > 1 ? 's' : ''}`);
  }
  return { zh: zh.join('；') || '无', en: en.join('; ') || 'none' };
}

export function describeWeekendWorkdays(days: readonly DayInfo[]): { zh: string; en: string } {
  return {
    zh: days.map((d) => `${d.date}（${d.name?.zh ?? ''}调休上班）`).join('、'),
    en: days.map((d) => `${d.date} (make-up working day, ${d.name?.en ?? ''})`).join(', '),
  };
}
