import { and, inArray, sql } from 'drizzle-orm';
import { caseTypes } from '../../../domain/case';
import type { Db } from '../../db';
import { cases, departments } from '../../schema';
import { figureColumns, receivedIn, withRate } from '../cases/figures';

/**
 * 办结, 按时办结, 超期未办结 and 按时办结率 per lead department for cases received in [from, to), as
 * defined once in `rules/case-figures.ts`, with the average hours to acceptance and to publication.
 */
export async function departmentSla(db: Db, from: Date, to: Date, now = new Date()) {
  const rows = await db
    .select({
      departmentId: cases.leadDepartmentId,
      departmentName: departments.name,
      ...figureColumns(now),
      avgHoursToAccept: sql<
        number | null
      >`round((avg(extract(epoch from ${cases.acceptedAt} - ${cases.receivedAt})) / 3600)::numeric, 1)::float8`,
      avgHoursToPublish: sql<
        number | null
      >`round((avg(extract(epoch from ${cases.publishedAt} - ${cases.receivedAt})) / 3600)::numeric, 1)::float8`,
    })
    .from(cases)
    .leftJoin(departments, sql`${departments.id} = ${cases.leadDepartmentId}`)
    .where(receivedIn(from, to))
    .groupBy(cases.leadDepartmentId, departments.name)
    .orderBy(cases.leadDepartmentId);
  return rows.map(withRate);
}

/** Inquiries handled in a period by type (the report's "在线咨询和监督投诉" line), with the same figures. */
export async function casesByType(db: Db, from: Date, to: Date, now = new Date()) {
  const rows = await db
    .select({ type: cases.type, ...figureColumns(now) })
    .from(cases)
    .where(and(receivedIn(from, to), inArray(cases.type, [...caseTypes])))
    .groupBy(cases.type);
  return rows.map(withRate);
}

/** 依申请公开 received in a period by channel: online (web, WeChat, e-mail), letter, in person, other. */
export async function disclosureChannels(db: Db, from: Date, to: Date) {
  const rows = await db
    .select({ channel: cases.channel, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(sql`${cases.type} = 'disclosure'`, receivedIn(from, to)))
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
