import { inArray, sql } from 'drizzle-orm';
import { hotness } from '../../../classify/events/hotness';
import type { Db } from '../../db';
import { events, messages } from '../../schema';

/** What a live `event.updated` desk event carries (core/src/domain/jobs.ts). */
export interface EventStatsUpdate {
  id: number;
  title: string;
  messageCount: number;
  hotness: number;
  departmentIds: number[];
}

/** When a citizen wrote it: the source's publication time, else when the desk received it. */
const writtenAt = sql`coalesce(${messages.publishedAt}, ${messages.receivedAt})`;

const ZERO = { n: 0, negative: 0, likes: 0, replies: 0, recent: 0, spanDays: 0, regions: [] as string[] };

/**
 * Recount the figures of events from their messages (count, negatives, likes, replies, span of
 * time, regions, departments) and recompute the published hotness. An event left without messages gets zeros.
 * The topics stage applies it after grouping; merges and moves of messages after theirs.
 */
export async function refreshEventStats(
  db: Db,
  eventIds: number[],
  now: Date = new Date(),
): Promise<EventStatsUpdate[]> {
  const ids = [...new Set(eventIds)];
  if (!ids.length) return [];
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const stats = await db
    .select({
      eventId: messages.eventId,
      n: sql<number>`count(*)`.mapWith(Number),
      negative: sql<number>`count(*) filter (where ${messages.sentimentLabel} = '负面')`.mapWith(Number),
      likes: sql<number>`coalesce(sum(${messages.likes}), 0)`.mapWith(Number),
      replies: sql<number>`coalesce(sum(${messages.replies}), 0)`.mapWith(Number),
      recent: sql<number>`count(*) filter (where ${messages.receivedAt} >= ${dayAgo})`.mapWith(Number),
      spanDays: sql<number>`extract(epoch from max(${writtenAt}) - min(${writtenAt})) / 86400`.mapWith(
        Number,
      ),
      regions: sql<
        string[]
      >`coalesce(array_agg(distinct ${messages.region}) filter (where ${messages.region} is not null), '{}')`,
    })
    .from(messages)
    .where(inArray(messages.eventId, ids))
    .groupBy(messages.eventId);
  // Departments concerned: those of the member messages (set when their cases were assigned).
  const departments = await db
    .selectDistinct({
      eventId: messages.eventId,
      departmentId: sql<number>`unnest(${messages.departmentIds})`.mapWith(Number),
    })
    .from(messages)
    .where(inArray(messages.eventId, ids));
  const updated: EventStatsUpdate[] = [];
  for (const id of ids) {
    const s = stats.find((row) => row.eventId === id) ?? ZERO;
    const [row] = await db
      .update(events)
      .set({
        messageCount: s.n,
        negativeCount: s.negative,
        likes: s.likes,
        replies: s.replies,
        regions: s.regions,
        departmentIds: departments.filter((d) => d.eventId === id).map((d) => d.departmentId),
        hotness: s.n
          ? hotness({
              messages: s.n,
              likes: s.likes,
              dislikes: 0,
              replies: s.replies,
              negativeShare: s.negative / s.n,
              recentShare: s.recent / s.n,
              spanDays: s.spanDays,
            })
          : 0,
        updatedAt: now,
      })
      .where(sql`${events.id} = ${id}`)
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
