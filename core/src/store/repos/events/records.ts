import { and, asc, count, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { EventUpdate } from '../../../domain/event';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { type EventRow, events, messages } from '../../schema';
import { audited } from '../audit-log/append';
import { markForReindex } from '../messages/outbox';
import { refreshEventStats } from './stats';

/** Open events seen since a time: the candidates a new message may join. */
export const candidateEvents = (db: Db, since: Date): Promise<EventRow[]> =>
  db
    .select()
    .from(events)
    .where(
      and(gte(events.lastSeenAt, since), isNull(events.mergedIntoId), sql`${events.status} <> 'closed'`),
    );

/**
 * Events quiet since before `before` (closed for quiet or not, never merged) but seen since `since`
 * whose centroid names one of `anchors` (`p:丽发新城`, `e:经济学院`): a named matter that comes back
 * may join them again (core/src/classify/events, namedWindowDays).
 */
export const namedCandidateEvents = (
  db: Db,
  since: Date,
  before: Date,
  anchors: string[],
): Promise<EventRow[]> =>
  anchors.length
    ? db
        .select()
        .from(events)
        .where(
          and(
            gte(events.lastSeenAt, since),
            lt(events.lastSeenAt, before),
            isNull(events.mergedIntoId),
            sql`jsonb_exists_any(${events.centroid}, array[${sql.join(
              anchors.map((a) => sql`${a}`),
              sql`, `,
            )}]::text[])`,
          ),
        )
    : Promise.resolve([]);

export async function getEvent(db: Db, id: number): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

export async function insertEvent(db: Db, values: typeof events.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return row!;
}

export async function saveEventState(
  db: Db,
  id: number,
  values: Partial<typeof events.$inferInsert>,
): Promise<void> {
  await db
    .update(events)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(events.id, id));
}

/** An event as the API and the audit log show it: the term vector stays internal. */
export const publicEvent = <T extends { centroid?: unknown }>({ centroid: _, ...event }: T) => event;

export function updateEvent(db: Db, actor: AuditActor, id: number, input: EventUpdate) {
  return audited(db, actor, async (tx, audit) => {
    const [before] = await tx.select().from(events).where(eq(events.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .update(events)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(events.id, id))
      .returning();
    const after = publicEvent(row!);
    await audit({ action: 'update', entity: 'events', entityId: id, before: publicEvent(before), after });
    return after;
  });
}

export interface EventListFilter {
  status?: string;
  q?: string;
  minMessages?: number;
  /** Only these events (a handler's: those linked to a case of their department). */
  ids?: number[];
}

const sortable = {
  hotness: events.hotness,
  lastSeenAt: events.lastSeenAt,
  firstSeenAt: events.firstSeenAt,
  messageCount: events.messageCount,
  id: events.id,
};
export type EventSortField = keyof typeof sortable;

/** Events for the list, hottest first by default; merged events are hidden. */
export async function listEvents(
  db: Db,
  filter: EventListFilter,
  page: { offset: number; limit: number; sort?: { field: string; order: 'asc' | 'desc' } },
) {
  const conditions: SQL[] = [isNull(events.mergedIntoId)];
  if (filter.status) conditions.push(eq(events.status, filter.status as EventRow['status']));
  if (filter.minMessages) conditions.push(gte(events.messageCount, filter.minMessages));
  if (filter.ids) conditions.push(filter.ids.length ? inArray(events.id, filter.ids) : sql`false`);
  if (filter.q)
    conditions.push(sql`(${events.title} ilike ${`%${filter.q}%`} or ${filter.q} = any(${events.keywords}))`);
  const where = and(...conditions);
  const column = sortable[(page.sort?.field ?? 'hotness') as EventSortField] ?? events.hotness;
  const order = page.sort?.order === 'asc' ? asc(column) : desc(column);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(where)
      .orderBy(order, desc(events.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { rows: rows.map(({ centroid: _, ...e }) => e), total: total?.n ?? 0 };
}

/** Messages of an event per hour or day: the event's volume over time. */
export async function eventTimeline(db: Db, eventId: number, bucket: 'hour' | 'day') {
  const at = sql<string>`date_trunc('${sql.raw(bucket)}', coalesce(${messages.publishedAt}, ${messages.receivedAt}))`;
  const rows = await db
    .select({
      at,
      n: count(),
      negative: sql<number>`count(*) filter (where ${messages.sentimentLabel} = '负面')`.mapWith(Number),
    })
    .from(messages)
    .where(eq(messages.eventId, eventId))
    .groupBy(at)
    .orderBy(at);
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), count: r.n, negative: r.negative }));
}

/** Counts of an event's messages in the burst window and in the baseline before it. */
export async function eventWindowCounts(db: Db, eventId: number, windowStart: Date, baselineStart: Date) {
  const at = sql`coalesce(${messages.receivedAt}, ${messages.publishedAt})`;
  const [row] = await db
    .select({
      recent: sql<number>`count(*) filter (where ${at} >= ${windowStart})`.mapWith(Number),
      recentNegative:
        sql<number>`count(*) filter (where ${at} >= ${windowStart} and ${messages.sentimentLabel} = '负面')`.mapWith(
          Number,
        ),
      baseline:
        sql<number>`count(*) filter (where ${at} < ${windowStart} and ${at} >= ${baselineStart})`.mapWith(
          Number,
        ),
    })
    .from(messages)
    .where(and(eq(messages.eventId, eventId), gte(at, baselineStart)));
  return row ?? { recent: 0, recentNegative: 0, baseline: 0 };
}

/** Merge events into a target: their messages move, its figures are recounted, they disappear from lists. */
export function mergeEvents(db: Db, actor: AuditActor, targetId: number, sourceIds: number[]) {
  const others = sourceIds.filter((id) => id !== targetId);
  return audited(db, actor, async (tx, audit) => {
    if (!(await getEvent(tx, targetId))) throw new AppError('NOT_FOUND');
    for (const id of others) {
      const moved = await tx
        .update(messages)
        .set({ eventId: targetId, updatedAt: new Date() })
        .where(eq(messages.eventId, id))
        .returning({ id: messages.id });
      // Their eventId facet changed: queue them for the search index.
      await markForReindex(
        tx,
        moved.map((m) => m.id),
      );
      await tx
        .update(events)
        .set({ mergedIntoId: targetId, status: 'closed', updatedAt: new Date() })
        .where(eq(events.id, id));
    }
    // Hotness, regions and departments follow the merged messages too (the pipeline's recount).
    await refreshEventStats(tx, [targetId]);
    const [row] = await tx.select().from(events).where(eq(events.id, targetId));
    await audit({ action: 'merge', entity: 'events', entityId: targetId, after: { merged: sourceIds } });
    return publicEvent(row!);
  });
}

/** Events not seen for a while are closed automatically (they no longer take messages anyway). */
export async function closeQuietEvents(db: Db, before: Date): Promise<number> {
  const rows = await db
    .update(events)
    .set({ status: 'closed', updatedAt: new Date() })
    .where(and(lt(events.lastSeenAt, before), eq(events.status, 'open')))
    .returning({ id: events.id });
  return rows.length;
}

export const eventsByIds = (db: Db, ids: number[]): Promise<EventRow[]> =>
  ids.length ? db.select().from(events).where(inArray(events.id, ids)) : Promise.resolve([]);
