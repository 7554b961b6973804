import { and, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { caseTypes } from '../../../domain/case';
import type { Db } from '../../db';
import { cases, departments } from '../../schema';

/**
 * On-time rate per lead department for cases received in [from, to):
 * on time ÷ (answered + open-and-overdue). Counting open overdue cases keeps a department that simply
 * does not answer from showing 100 % (DOMAIN.md §4.3).
 */
export async function departmentSla(db: Db, from: Date, to: Date, now = new Date()) {
  const rows = await db
    .select({
      departmentId: cases.leadDepartmentId,
      departmentName: departments.name,
      received: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${cases.completedAt} is not null)::int`,
      onTime: sql<number>`count(*) filter (where ${cases.completedOnTime})::int`,
      openOverdue: sql<number>`count(*) filter (where ${cases.completedAt} is null and ${cases.clockRunning} and ${cases.dueAt} < ${now})::int`,
      avgHoursToAccept: sql<
        number | null
      >`round((avg(extract(epoch from ${cases.acceptedAt} - ${cases.receivedAt})) / 3600)::numeric, 1)::float8`,
      avgHoursToPublish: sql<
        number | null
      >`round((avg(extract(epoch from ${cases.publishedAt} - ${cases.receivedAt})) / 3600)::numeric, 1)::float8`,
    })
    .from(cases)
    .leftJoin(departments, sql`${departments.id} = ${cases.leadDepartmentId}`)
    .where(and(gte(cases.receivedAt, from), lt(cases.receivedAt, to), ne(cases.status, 'merged')))
    .groupBy(cases.leadDepartmentId, departments.name)
    .orderBy(cases.leadDepartmentId);
  return rows.map((r) => {
    const denominator = r.answered + r.openOverdue;
    return {
      ...r,
      onTimeRate: denominator === 0 ? null : Math.round((r.onTime / denominator) * 1000) / 1000,
    };
  });
}

/** Inquiries handled in a period by type (the report's "在线咨询和监督投诉" line), with the same on-time rule. */
export async function casesByType(db: Db, from: Date, to: Date, now = new Date()) {
  const rows = await db
    .select({
      type: cases.type,
      received: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${cases.completedAt} is not null)::int`,
      onTime: sql<number>`count(*) filter (where ${cases.completedOnTime})::int`,
      openOverdue: sql<number>`count(*) filter (where ${cases.completedAt} is null and ${cases.clockRunning} and ${cases.dueAt} < ${now})::int`,
    })
    .from(cases)
    .where(
      and(
        gte(cases.receivedAt, from),
        lt(cases.receivedAt, to),
        ne(cases.status, 'merged'),
        inArray(cases.type, [...caseTypes]),
      ),
    )
    .groupBy(cases.type);
  return rows;
}

/** 依申请公开 received in a period by channel: online (web, WeChat, e-mail), letter, in person, other. */
export async function disclosureChannels(db: Db, from: Date, to: Date) {
  const rows = await db
    .select({ channel: cases.channel, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        sql`${cases.type} = 'disclosure'`,
        gte(cases.receivedAt, from),
        lt(cases.receivedAt, to),
        ne(cases.status, 'merged'),
      ),
    )
    .groupBy(cases.channel);
  const bucket = (channel: string) =>
    ['web', 'wechat', 'email'].includes(channel)
      ? 'online'
      : channel === 'letter'
        ? 'letter'
        : channel === 'in-person'
          ? 'inPerson'
          : 'other';
  const totals = { online: 0, letter: 0, inPerson: 0, other: 0 };
  for (const r of rows) totals[bucket(r.channel)] += r.n;
  return totals;
}
