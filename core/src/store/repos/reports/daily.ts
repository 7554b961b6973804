import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { addDays, startOfLocalDay } from '../../../calendar/dates';
import type { Db } from '../../db';
import { alerts, cases, messages, responses } from '../../schema';

const TOP = 10;

/** What the 舆情日报 says about one local day: volume, topics, sentiment, alerts, cases and responses. */
export async function dailyBriefingData(db: Db, date: string, now = new Date()) {
  const from = startOfLocalDay(date);
  const to = startOfLocalDay(addDays(date, 1));
  const inDay = and(
    gte(messages.receivedAt, from),
    lt(messages.receivedAt, to),
    isNull(messages.duplicateOfId),
  );
  const count = sql<number>`count(*)::int`;
  const [volume, byChannel, byTopic, bySentiment, topMessages, dayAlerts, newCases, published, overdue] =
    await Promise.all([
      db.select({ n: count }).from(messages).where(inDay),
      db
        .select({ key: messages.channel, n: count })
        .from(messages)
        .where(inDay)
        .groupBy(messages.channel)
        .orderBy(desc(count)),
      db
        .select({ key: messages.topic, n: count })
        .from(messages)
        .where(inDay)
        .groupBy(messages.topic)
        .orderBy(desc(count))
        .limit(TOP),
      db
        .select({ key: messages.sentimentLabel, n: count })
        .from(messages)
        .where(inDay)
        .groupBy(messages.sentimentLabel),
      db
        .select({
          id: messages.id,
          title: messages.title,
          duplicates: messages.duplicateCount,
          likes: messages.likes,
        })
        .from(messages)
        .where(inDay)
        .orderBy(desc(sql`${messages.duplicateCount} + ${messages.likes}`))
        .limit(TOP),
      db
        .select({ title: alerts.title, level: alerts.level, kind: alerts.kind })
        .from(alerts)
        .where(and(gte(alerts.createdAt, from), lt(alerts.createdAt, to)))
        .limit(50),
      db
        .select({ type: cases.type, n: count })
        .from(cases)
        .where(and(gte(cases.createdAt, from), lt(cases.createdAt, to)))
        .groupBy(cases.type),
      db
        .select({ n: count })
        .from(responses)
        .where(and(gte(responses.publishedAt, from), lt(responses.publishedAt, to))),
      db
        .select({ code: cases.code, title: cases.title, dueAt: cases.dueAt })
        .from(cases)
        .where(and(eq(cases.clockRunning, true), lt(cases.dueAt, now)))
        .orderBy(cases.dueAt)
        .limit(TOP),
    ]);
  return {
    date,
    messages: volume[0]?.n ?? 0,
    byChannel,
    byTopic,
    bySentiment,
    topMessages,
    alerts: dayAlerts,
    newCases,
    published: published[0]?.n ?? 0,
    overdue,
  };
}
