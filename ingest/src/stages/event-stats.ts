import { hotness } from '@desk/core/classify';
import { type Db, schema } from '@desk/core/store';
import { inArray, sql } from 'drizzle-orm';

const { events, messages } = schema;

/** Recount the figures of touched events from their messages and recompute their hotness. */
export async function refreshEventStats(db: Db, eventIds: number[], now: Date) {
  if (!eventIds.length) return [];
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const stats = await db
    .select({
      eventId: messages.eventId,
      n: sql<number>`count(*)`.mapWith(Number),
      negative: sql<number>`count(*) filter (where ${messages.sentimentLabel} = '负面')`.mapWith(Number),
      likes: sql<number>`coalesce(sum(${messages.likes}), 0)`.mapWith(Number),
      replies: sql<number>`coalesce(sum(${messages.replies}), 0)`.mapWith(Number),
      recent: sql<number>`count(*) filter (where ${messages.receivedAt} >= ${dayAgo})`.mapWith(Number),
      regions: sql<
        string[]
      >`coalesce(array_agg(distinct ${messages.region}) filter (where ${messages.region} is not null), '{}')`,
    })
    .from(messages)
    .where(inArray(messages.eventId, eventIds))
    .groupBy(messages.eventId);
  // Departments concerned: those of the member messages (set when their cases were assigned).
  const departments = await db
    .selectDistinct({
      eventId: messages.eventId,
      departmentId: sql<number>`unnest(${messages.departmentIds})`.mapWith(Number),
    })
    .from(messages)
    .where(inArray(messages.eventId, eventIds));
  const departmentsOf = (eventId: number | null) =>
    departments.filter((d) => d.eventId === eventId).map((d) => d.departmentId);
  const updated = [];
  for (const s of stats) {
    const hot = hotness({
      messages: s.n,
      likes: s.likes,
      dislikes: 0,
      replies: s.replies,
      negativeShare: s.n ? s.negative / s.n : 0,
      recentShare: s.n ? s.recent / s.n : 0,
    });
    const [row] = await db
      .update(events)
      .set({
        messageCount: s.n,
        negativeCount: s.negative,
        likes: s.likes,
        replies: s.replies,
        regions: s.regions,
        departmentIds: departmentsOf(s.eventId),
        hotness: hot,
        updatedAt: now,
      })
      .where(sql`${events.id} = ${s.eventId}`)
      .returning({
        id: events.id,
        title: events.title,
        messageCount: events.messageCount,
        hotness: events.hotness,
        departmentIds: events.departmentIds,
      });
    if (row) updated.push(row);
  }
  return updated;
}
