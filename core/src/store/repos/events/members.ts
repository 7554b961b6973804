import { eq, inArray } from 'drizzle-orm';
import { addToCentroid, messageVector, type TermVector, topTerms } from '../../../classify/events/vector';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { type EventRow, events, messages } from '../../schema';
import { markForReindex } from '../messages/outbox';
import type { MessageRow } from '../messages/records';
import { type EventStatsUpdate, refreshEventStats } from './stats';

/** Same length as the titles the topics stage gives the events it opens. */
const TITLE_LENGTH = 60;
const KEYWORDS = 8;

type Member = Pick<MessageRow, 'id' | 'eventId' | 'title' | 'body' | 'topic' | 'publishedAt' | 'receivedAt'>;

export interface EventRegrouping {
  event: EventRow;
  /** Messages that changed event (those already in it are left as they are). */
  movedMessageIds: number[];
  /** Events the messages left; their figures are recounted, and an emptied one is merged into `event`. */
  previousEventIds: number[];
  /** The recounted figures of every touched event, for the live `event.updated` desk events. */
  updated: EventStatsUpdate[];
}

const seenAt = (m: Member) => m.publishedAt ?? m.receivedAt;

/** The messages named, or NOT_FOUND naming the ids that do not exist (nothing is changed then). */
async function loadMembers(db: Db, ids: number[]): Promise<Member[]> {
  const rows = await db
    .select({
      id: messages.id,
      eventId: messages.eventId,
      title: messages.title,
      body: messages.body,
      topic: messages.topic,
      publishedAt: messages.publishedAt,
      receivedAt: messages.receivedAt,
    })
    .from(messages)
    .where(inArray(messages.id, ids));
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length)
    throw new AppError(
      'NOT_FOUND',
      { zh: '留言不存在', en: 'Message not found' },
      { missingMessageIds: missing },
    );
  return rows.sort((a, b) => seenAt(a).getTime() - seenAt(b).getTime());
}

/** The centroid with the members' term vectors added, so the grouping keeps bringing similar messages. */
const centroidWith = (centroid: TermVector, members: Member[]) =>
  members.reduce((c, m) => addToCentroid(c, messageVector(m.title, m.body)), centroid);

/**
 * Move messages into an event (the officer's "merge into event"): the event's term centroid, keywords
 * and time span take them in, the messages are queued for reindexing (their `eventId` facet), and the
 * figures and hotness of the event and of every event they left are recounted. An event left empty
 * is merged into the target, as `mergeEvents` does, so it leaves the hotspot board.
 */
async function moveInto(tx: Db, target: EventRow, members: Member[], now: Date): Promise<EventRegrouping> {
  const moving = members.filter((m) => m.eventId !== target.id);
  const movedMessageIds = moving.map((m) => m.id);
  const previousEventIds = [...new Set(moving.flatMap((m) => (m.eventId === null ? [] : [m.eventId])))];
  if (moving.length) {
    await tx
      .update(messages)
      .set({ eventId: target.id, updatedAt: now })
      .where(inArray(messages.id, movedMessageIds));
    await markForReindex(tx, movedMessageIds);
    const centroid = centroidWith(target.centroid, moving);
    const times = moving.map((m) => seenAt(m).getTime());
    await tx
      .update(events)
      .set({
        centroid,
        keywords: topTerms(centroid, KEYWORDS),
        firstSeenAt: new Date(Math.min(target.firstSeenAt.getTime(), ...times)),
        lastSeenAt: new Date(Math.max(target.lastSeenAt.getTime(), ...times)),
      })
      .where(eq(events.id, target.id));
  }
  const updated = await refreshEventStats(tx, [target.id, ...previousEventIds], now);
  const emptied = updated.filter((e) => e.id !== target.id && e.messageCount === 0).map((e) => e.id);
  if (emptied.length)
    await tx
      .update(events)
      .set({ mergedIntoId: target.id, status: 'closed', updatedAt: now })
      .where(inArray(events.id, emptied));
  const [event] = await tx.select().from(events).where(eq(events.id, target.id));
  return { event: event!, movedMessageIds, previousEventIds, updated };
}

/** Attach messages to an existing event; undefined when the event does not exist. */
export async function attachMessagesToEvent(
  db: Db,
  eventId: number,
  messageIds: number[],
  now: Date = new Date(),
): Promise<EventRegrouping | undefined> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
    if (!target) return undefined;
    if (target.mergedIntoId !== null)
      throw new AppError(
        'CONFLICT',
        { zh: '该事件已并入其他事件', en: 'This event was merged into another one' },
        { mergedIntoId: target.mergedIntoId },
      );
    return moveInto(tx, target, await loadMembers(tx, [...new Set(messageIds)]), now);
  });
}

/** Open a new event from messages: titled by the officer or after the earliest message. */
export async function createEventFromMessages(
  db: Db,
  input: { title?: string; messageIds: number[] },
  now: Date = new Date(),
): Promise<EventRegrouping> {
  return db.transaction(async (tx) => {
    const members = await loadMembers(tx, [...new Set(input.messageIds)]);
    const first = members[0]!;
    const centroid = centroidWith({}, members);
    const [target] = await tx
      .insert(events)
      .values({
        title: input.title ?? (first.title.slice(0, TITLE_LENGTH) || topTerms(centroid, 3).join(' ')),
        centroid: {},
        topic: commonest(members.map((m) => m.topic)),
        firstSeenAt: seenAt(first),
        lastSeenAt: seenAt(first),
      })
      .returning();
    return moveInto(tx, target!, members, now);
  });
}

/** The most frequent non-empty value (the first one seen on ties), or null. */
function commonest(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
