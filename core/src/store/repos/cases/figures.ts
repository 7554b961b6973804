import { and, gte, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { type CaseFigures, onTimeRate, uncountedStatuses } from '../../../rules/case-figures';
import type { Db } from '../../db';
import { cases } from '../../schema';

/**
 * The case figures of `rules/case-figures.ts` as SQL aggregates over `cases` — the one place they are
 * spelled in SQL. Group by whatever the caller needs (department, type) and add the columns it selects.
 */
/** 超期未办结 at `now` as a condition (lists of overdue cases filter with it; `figureColumns` counts it). */
export const openOverdueAt = (now: Date): SQL =>
  sql`${cases.completedAt} is null and ${cases.clockRunning} and ${cases.dueAt} < ${now} and ${notInArray(cases.status, [...uncountedStatuses])}`;

export function figureColumns(now: Date) {
  const completed = sql`${cases.completedAt} is not null`;
  return {
    received: sql<number>`count(*)::int`,
    completed: sql<number>`count(*) filter (where ${completed})::int`,
    completedOnTime: sql<number>`count(*) filter (where ${completed} and (${cases.dueAt} is null or ${cases.completedAt} <= ${cases.dueAt}))::int`,
    openOverdue: sql<number>`count(*) filter (where ${openOverdueAt(now)})::int`,
  };
}

/** The population of a period: cases received in [from, to), merged ones left out. */
export const receivedIn = (from: Date, to: Date): SQL =>
  and(
    gte(cases.receivedAt, from),
    lt(cases.receivedAt, to),
    notInArray(cases.status, [...uncountedStatuses]),
  )!;

/** Figures plus their on-time rate, the shape every report and chart shows. */
export const withRate = <T extends CaseFigures>(f: T) => ({ ...f, onTimeRate: onTimeRate(f) });

/** The figures of the cases received in a period, optionally narrowed (a department, a type). */
export async function caseFigures(db: Db, from: Date, to: Date, now = new Date(), where?: SQL) {
  const [row] = await db
    .select(figureColumns(now))
    .from(cases)
    .where(and(receivedIn(from, to), where));
  return withRate(row ?? { received: 0, completed: 0, completedOnTime: 0, openOverdue: 0 });
}
