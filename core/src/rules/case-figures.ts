import type { CaseStatus } from '../domain/case';

/**
 * The desk's case figures, defined once (DOMAIN.md §4.3). The dashboard, the daily briefing and the
 * annual statistics all count with these; the SQL of `@desk/core/store` (repos/cases/figures.ts)
 * spells the same definitions as aggregate columns, and its test checks both agree.
 *
 * - 办结 (completed): the case was answered — its reply published, or the case closed. It stays
 *   办结 whatever happens next (a follow-up visit does not reopen it). Merged cases are never counted.
 * - 按时办结 (completed on time): 办结 no later than the deadline in force at that moment; a case
 *   without a deadline cannot be late.
 * - 超期未办结 (open and overdue): not 办结, its clock running, the deadline passed.
 * - 按时办结率 (on-time rate) = 按时办结 ÷ (办结 + 超期未办结). Counting open overdue cases keeps a
 *   department that never answers from showing 100 %.
 */

/** Statuses of a case that has been answered (办结). */
export const completedStatuses = ['published', 'closed'] as const satisfies readonly CaseStatus[];

/** Statuses no figure counts: a merged case lives on in the case it was merged into. */
export const uncountedStatuses = ['merged'] as const satisfies readonly CaseStatus[];

export interface CaseFigureFacts {
  status: CaseStatus;
  completedAt: Date | null;
  dueAt: Date | null;
  clockRunning: boolean;
}

export const isCounted = (c: Pick<CaseFigureFacts, 'status'>): boolean =>
  !(uncountedStatuses as readonly CaseStatus[]).includes(c.status);

/** 办结: answered (the moment is `completedAt`, set by publication or closing). */
export const isCompleted = (c: CaseFigureFacts): boolean => isCounted(c) && c.completedAt !== null;

/** Whether an answer given at `completedAt` meets `dueAt`; stored on the case when it is answered. */
export const answeredOnTime = (completedAt: Date, dueAt: Date | null): boolean =>
  dueAt === null || completedAt.getTime() <= dueAt.getTime();

/** 按时办结. */
export const isCompletedOnTime = (c: CaseFigureFacts): boolean =>
  isCompleted(c) && answeredOnTime(c.completedAt!, c.dueAt);

/** 超期未办结 at `now`. */
export const isOpenOverdue = (c: CaseFigureFacts, now: Date): boolean =>
  isCounted(c) && c.completedAt === null && c.clockRunning && c.dueAt !== null && c.dueAt < now;

export interface CaseFigures {
  /** Cases in the population (received in the period, merged ones left out). */
  received: number;
  /** 办结 */
  completed: number;
  /** 按时办结 */
  completedOnTime: number;
  /** 超期未办结 */
  openOverdue: number;
}

/** 按时办结率 as a share (0–1, three decimals), or null when nothing is completed or overdue yet. */
export function onTimeRate(f: Pick<CaseFigures, 'completedOnTime' | 'completed' | 'openOverdue'>) {
  const denominator = f.completed + f.openOverdue;
  return denominator === 0 ? null : Math.round((f.completedOnTime / denominator) * 1000) / 1000;
}

/** The figures of a list of cases, counted in memory (tests, small sets); SQL does the same in bulk. */
export function countFigures(list: readonly CaseFigureFacts[], now: Date): CaseFigures {
  const counted = list.filter(isCounted);
  return {
    received: counted.length,
    completed: counted.filter(isCompleted).length,
    completedOnTime: counted.filter(isCompletedOnTime).length,
    openOverdue: counted.filter((c) => isOpenOverdue(c, now)).length,
  };
}

/** Sum figures of several groups (departments, case types) into one line. */
export function sumFigures(groups: readonly CaseFigures[]): CaseFigures {
  const total: CaseFigures = { received: 0, completed: 0, completedOnTime: 0, openOverdue: 0 };
  for (const g of groups) {
    total.received += g.received;
    total.completed += g.completed;
    total.completedOnTime += g.completedOnTime;
    total.openOverdue += g.openOverdue;
  }
  return total;
}
