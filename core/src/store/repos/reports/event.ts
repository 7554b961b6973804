import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { cases, departments, events, messages } from '../../schema';
import { localDay } from './daily';

const TOP = 8;
const count = sql<number>`count(*)::int`;

/**
 * What a 专报 says about one event: the event, its spread per China Standard Time day, the most spread messages,
 * sentiment, regions and channels, the departments and cases working on it. Undefined when no such event.
 */
export async function eventReportData(db: Db, eventId: number) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) return undefined;
  const ofEvent = eq(messages.eventId, eventId);
  const [timeline, top, bySentiment, byRegion, byChannel, reposts, negativeSamples, related, depts] =
    await Promise.all([
      db
        .select({
          day: localDay(messages.receivedAt),
          n: count,
          negative: sql<number>`count(*) filter (where ${messages.sentimentLabel} = '负面')::int`,
        })
        .from(messages)
        .where(ofEvent)
        .groupBy(localDay(messages.receivedAt))
        .orderBy(localDay(messages.receivedAt)),
      db
        .select({
          title: messages.title,
          reposts: messages.duplicateCount,
          likes: messages.likes,
          replies: messages.replies,
          at: messages.receivedAt,
        })
        .from(messages)
        .where(ofEvent)
        .orderBy(
          desc(sql`${messages.duplicateCount} * 3 + ${messages.replies} * 2 + ${messages.likes}`),
          messages.id,
        )
        .limit(TOP),
      db
        .select({ key: messages.sentimentLabel, n: count })
        .from(messages)
        .where(ofEvent)
        .groupBy(messages.sentimentLabel),
      db
        .select({ key: messages.region, n: count })
        .from(messages)
        .where(and(ofEvent, isNotNull(messages.region)))
        .groupBy(messages.region)
        .orderBy(desc(count))
        .limit(TOP),
      db
        .select({ key: messages.channel, n: count })
        .from(messages)
        .where(ofEvent)
        .groupBy(messages.channel)
        .orderBy(desc(count)),
      db
        .select({ n: sql<number>`coalesce(sum(${messages.duplicateCount}), 0)::int` })
        .from(messages)
        .where(ofEvent),
      db
        .select({ title: messages.title })
        .from(messages)
        .where(and(ofEvent, eq(messages.sentimentLabel, '负面')))
        .orderBy(desc(messages.likes), messages.id)
        .limit(3),
      db
        .select({
          code: cases.code,
          title: cases.title,
          status: cases.status,
          dueAt: cases.dueAt,
          completedAt: cases.completedAt,
        })
        .from(cases)
        .where(eq(cases.eventId, eventId))
        .orderBy(cases.id),
      event.departmentIds.length
        ? db
            .select({ name: departments.name })
            .from(departments)
            .where(inArray(departments.id, event.departmentIds))
        : Promise.resolve([]),
    ]);
  return {
    event,
    timeline,
    topMessages: top,
    bySentiment,
    byRegion,
    byChannel,
    reposts: reposts[0]?.n ?? 0,
    negativeSamples: negativeSamples.map((m) => m.title),
    cases: related,
    departments: depts.map((d) => d.name),
  };
}

export type EventReportData = NonNullable<Awaited<ReturnType<typeof eventReportData>>>;
