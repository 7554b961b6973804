import { and, desc, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { addDays, startOfLocalDay } from '../../../calendar/dates';
import type { Db } from '../../db';
import { alerts, cases, messages, responses } from '../../schema';
import { caseFigures, openOverdueAt } from '../cases/figures';

const TOP = 10;
const TREND_DAYS = 7;
const count = sql<number>`count(*)::int`;
/** The China Standard Time calendar day of a stored instant (no summer time: a fixed +8 h). */
export const localDay = (column: typeof messages.receivedAt) =>
  sql<string>`to_char(${column} + interval '8 hours', 'YYYY-MM-DD')`;

/**
 * What the 舆情日报 says about one local day: messages and their reposts, the week's trend, channels,
 * topics, sentiment, regions, the most spread messages, alerts, and the case figures of
 * `rules/case-figures.ts` (the day's intake, the month so far, cases open past their deadline).
 */
export async function dailyBriefingData(db: Db, date: string, now = new Date()) {
  const from = startOfLocalDay(date);
  const to = startOfLocalDay(addDays(date, 1));
  const trendFrom = startOfLocalDay(addDays(date, 1 - TREND_DAYS));
  const monthFrom = startOfLocalDay(`${date.slice(0, 8)}01`);
  const received = and(gte(messages.receivedAt, from), lt(messages.receivedAt, to));
  const originals = and(received, isNull(messages.duplicateOfId));
  const [volume, reposts, trend, byChannel, byTopic, bySentiment, byRegion, topMessages] = await Promise.all([
    db.select({ n: count }).from(messages).where(originals),
    db
      .select({ n: count })
      .from(messages)
      .where(and(received, isNotNull(messages.duplicateOfId))),
    db
      .select({ day: localDay(messages.receivedAt), n: count })
      .from(messages)
      .where(
        and(gte(messages.receivedAt, trendFrom), lt(messages.receivedAt, to), isNull(messages.duplicateOfId)),
      )
      .groupBy(localDay(messages.receivedAt)),
    db
      .select({ key: messages.channel, n: count })
      .from(messages)
      .where(originals)
      .groupBy(messages.channel)
      .orderBy(desc(count)),
    db
      .select({ key: messages.topic, n: count })
      .from(messages)
      .where(originals)
      .groupBy(messages.topic)
      .orderBy(desc(count))
      .limit(TOP),
    db
      .select({ key: messages.sentimentLabel, n: count })
      .from(messages)
      .where(originals)
      .groupBy(messages.sentimentLabel),
    db
      .select({ key: messages.region, n: count })
      .from(messages)
      .where(and(originals, isNotNull(messages.region)))
      .groupBy(messages.region)
      .orderBy(desc(count))
      .limit(5),
    db
      .select({
        id: messages.id,
        title: messages.title,
        topic: messages.topic,
        reposts: messages.duplicateCount,
        likes: messages.likes,
        replies: messages.replies,
      })
      .from(messages)
      .where(originals)
      .orderBy(
        desc(sql`${messages.duplicateCount} * 3 + ${messages.replies} * 2 + ${messages.likes}`),
        messages.id,
      )
      .limit(TOP),
  ]);
  const [dayAlerts, today, month, overdue, published] = await Promise.all([
    db
      .select({ title: alerts.title, level: alerts.level, kind: alerts.kind })
      .from(alerts)
      .where(and(gte(alerts.createdAt, from), lt(alerts.createdAt, to)))
      .orderBy(alerts.id)
      .limit(50),
    caseFigures(db, from, to, now),
    caseFigures(db, monthFrom, to, now),
    db
      .select({ code: cases.code, title: cases.title, dueAt: cases.dueAt })
      .from(cases)
      .where(openOverdueAt(now))
      .orderBy(cases.dueAt)
      .limit(TOP),
    db
      .select({ n: count })
      .from(responses)
      .where(and(gte(responses.publishedAt, from), lt(responses.publishedAt, to))),
  ]);
  const overdueTotal = await db.select({ n: count }).from(cases).where(openOverdueAt(now));
  const perDay = new Map(trend.map((t) => [t.day, t.n]));
  return {
    date,
    messages: volume[0]?.n ?? 0,
    reposts: reposts[0]?.n ?? 0,
    trend: Array.from({ length: TREND_DAYS }, (_, i) => {
      const day = addDays(date, i + 1 - TREND_DAYS);
      return { day, n: perDay.get(day) ?? 0 };
    }),
    byChannel,
    byTopic,
    bySentiment,
    byRegion,
    topMessages,
    alerts: dayAlerts,
    cases: { today, month, published: published[0]?.n ?? 0 },
    overdue: { total: overdueTotal[0]?.n ?? 0, list: overdue },
  };
}

export type DailyBriefingData = Awaited<ReturnType<typeof dailyBriefingData>>;
