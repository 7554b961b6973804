import { sumFigures } from '@desk/core';
import { casesByType, type Db, departmentSla, schema, withRate } from '@desk/core/store';
import { and, desc, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';

const { messages, events, responses } = schema;

/** Days are counted in Beijing time, as the desk's users live them. */
const day = (column: SQL | typeof messages.receivedAt) =>
  sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
const TOP_EVENTS = 10;
const TOP_CATEGORIES = 12;

export interface LeaderQuery {
  from: Date;
  to: Date;
  region?: string;
}

/** Messages of the period (near duplicates counted once, as the desk shows them), optionally one region. */
function messageScope(q: LeaderQuery): SQL | undefined {
  return and(
    gte(messages.receivedAt, q.from),
    lt(messages.receivedAt, q.to),
    isNull(messages.duplicateOfId),
    q.region ? eq(messages.region, q.region) : undefined,
  );
}

async function messageFigures(db: Db, q: LeaderQuery) {
  const where = messageScope(q);
  const count = sql<number>`count(*)::int`;
  const [volumeByDay, categories, sentimentByDay, regions] = await Promise.all([
    db
      .select({ day: day(messages.receivedAt), channel: messages.channel, n: count })
      .from(messages)
      .where(where)
      .groupBy(sql`1`, messages.channel)
      .orderBy(sql`1`),
    db
      .select({ topic: sql<string>`coalesce(${messages.topic}, '')`, n: count })
      .from(messages)
      .where(where)
      .groupBy(sql`1`)
      .orderBy(desc(count))
      .limit(TOP_CATEGORIES),
    db
      .select({
        day: day(messages.receivedAt),
        label: sql<string>`coalesce(${messages.sentimentLabel}, '')`,
        n: count,
      })
      .from(messages)
      .where(where)
      .groupBy(sql`1`, sql`2`)
      .orderBy(sql`1`),
    // Region options ignore the region filter, so the leader can switch between regions.
    db
      .select({ region: messages.region, n: count })
      .from(messages)
      .where(messageScope({ ...q, region: undefined }))
      .groupBy(messages.region)
      .orderBy(desc(count)),
  ]);
  return { volumeByDay, categories, sentimentByDay, regions: regions.filter((r) => r.region) };
}

async function topEvents(db: Db, q: LeaderQuery) {
  return db
    .select({
      id: events.id,
      title: events.title,
      hotness: events.hotness,
      messageCount: events.messageCount,
      negativeCount: events.negativeCount,
      severity: events.severity,
      lastSeenAt: events.lastSeenAt,
    })
    .from(events)
    .where(
      and(
        gte(events.lastSeenAt, q.from),
        lt(events.firstSeenAt, q.to),
        isNull(events.mergedIntoId),
        q.region ? sql`${events.regions} @> array[${q.region}]::text[]` : undefined,
      ),
    )
    .orderBy(desc(events.hotness))
    .limit(TOP_EVENTS);
}

/**
 * Everything the leader's dashboard draws for a period: message volume by day and channel, category
 * share, sentiment by day, top events, and the case figures of `rules/case-figures.ts` in total and per
 * department (with average hours to first response (acceptance) and to publication).
 */
export async function leaderStats(db: Db, q: LeaderQuery) {
  const [figures, hot, sla, byType, [published]] = await Promise.all([
    messageFigures(db, q),
    topEvents(db, q),
    departmentSla(db, q.from, q.to),
    casesByType(db, q.from, q.to),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(responses)
      .where(and(gte(responses.publishedAt, q.from), lt(responses.publishedAt, q.to))),
  ]);
  const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);
  return {
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    region: q.region ?? null,
    totals: {
      messages: sum(figures.volumeByDay),
      negative: sum(figures.sentimentByDay.filter((r) => r.label === '负面')),
      ...withRate(sumFigures(byType)),
      published: published?.n ?? 0,
    },
    ...figures,
    topEvents: hot,
    departments: sla,
  };
}
