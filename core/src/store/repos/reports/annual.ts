import { and, eq, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { startOfLocalDay } from '../../../calendar/dates';
import type { ApplicantType } from '../../../domain/disclosure';
import type { Db } from '../../db';
import { cases, legalChallenges } from '../../schema';
import { table3Columns, table3Rows, table4Columns, table4Groups } from './annual-layout';

type Counts = Record<string, number>;
const zero = (keys: readonly string[]): Counts => Object.fromEntries(keys.map((k) => [k, 0]));

/** Year bounds in China Standard Time. */
export const yearBounds = (year: number) => ({
  start: startOfLocalDay(`${year}-01-01`),
  end: startOfLocalDay(`${year + 1}-01-01`),
});

/**
 * Table 三 from the stored fine-grained outcomes. A request is "done" when it was answered (completed)
 * with an outcome; the population open at any point of the year splits into 一 + 二 and into 三 + 四,
 * so the form's check 一 + 二 = 三 + 四 holds by construction and is verified anyway.
 */
export async function disclosureTable3(db: Db, year: number) {
  const { start, end } = yearBounds(year);
  const doneAt = sql<Date | null>`case when ${cases.completedAt} is not null then coalesce(${cases.outcomeAt}, ${cases.completedAt}) end`;
  const rows = await db
    .select({
      applicantType: cases.applicantType,
      outcome: cases.disclosureOutcome,
      receivedAt: cases.receivedAt,
      doneAt,
    })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'disclosure'),
        ne(cases.status, 'merged'),
        lt(cases.receivedAt, end),
        or(isNull(cases.completedAt), gte(sql`coalesce(${cases.outcomeAt}, ${cases.completedAt})`, start)),
      ),
    );
  const table = Object.fromEntries(table3Rows.map((r) => [r.key, zero(table3Columns)])) as Record<
    string,
    Counts
  >;
  const add = (key: string, column: string) => {
    table[key]![column]!++;
    table[key]!.total!++;
  };
  for (const r of rows) {
    const column: ApplicantType = (r.applicantType as ApplicantType | null) ?? 'natural-person';
    const done = r.doneAt ? new Date(r.doneAt) : null;
    add(r.receivedAt >= start ? 'new' : 'carried', column);
    if (!done || done >= end) {
      add('carry-over', column);
      continue;
    }
    const outcome = r.outcome ?? 'other.other';
    for (const def of table3Rows) if (def.outcomes?.includes(outcome as never)) add(def.key, column);
    add('total', column);
  }
  const left = table.new!.total! + table.carried!.total!;
  const right = table.total!.total! + table['carry-over']!.total!;
  return {
    columns: table3Columns,
    rows: table3Rows.map((def) => ({
      key: def.key,
      label: def.label,
      level: def.level,
      values: table[def.key]!,
    })),
    check: { rule: '一 + 二 = 三 + 四', left, right, ok: left === right },
  };
}

/** Table 四: reconsiderations and lawsuits filed in the year, with their result as of the year's end. */
export async function disclosureTable4(db: Db, year: number) {
  const { start, end } = yearBounds(year);
  const rows = await db
    .select()
    .from(legalChallenges)
    .where(and(gte(legalChallenges.filedAt, start), lt(legalChallenges.filedAt, end)));
  const table = Object.fromEntries(table4Groups.map((g) => [g.key, zero(table4Columns)])) as Record<
    string,
    Counts
  >;
  for (const r of rows) {
    const key = r.kind === 'reconsideration' ? 'reconsideration' : `lawsuit.${r.lawsuitPath ?? 'direct'}`;
    const decided = r.decidedAt && r.decidedAt < end && r.result !== 'pending';
    const column = decided ? r.result : 'pending';
    table[key]![column]!++;
    table[key]!.total!++;
  }
  return { columns: table4Columns, groups: table4Groups.map((g) => ({ ...g, values: table[g.key]! })) };
}
