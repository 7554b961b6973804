import { processActor } from '@desk/core';
import { createEventFromMessages, type Db, schema } from '@desk/core/store';
import { inArray, lt, sql } from 'drizzle-orm';
import type { HistoryMessage } from './messages';

const DAY_MS = 86_400_000;
/** Events quiet for longer than this are closed, as the topics stage closes them. */
const QUIET_DAYS = 7;

export interface HistoryEvent {
  id: number;
  title: string;
  severity: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  messageIds: number[];
}

/**
 * One event per burst matter (each burst day's matter, the generator's smaller bursts), opened through
 * the desk's own `createEventFromMessages` (centroid, figures, hotness, audit row), then given the
 * severity a duty officer would set and closed when quiet.
 */
export async function createHistoryEvents(
  db: Db,
  messages: HistoryMessage[],
  now: Date,
): Promise<HistoryEvent[]> {
  const groups = new Map<string, HistoryMessage[]>();
  for (const m of messages) {
    if (!m.burst) continue;
    // A matter that comes back months later is a new event: group by title and month.
    const key = `${m.burst.title}|${m.receivedAt.toISOString().slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const actor = processActor('system');
  const created: HistoryEvent[] = [];
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    const first = members[0]!;
    const result = await createEventFromMessages(
      db,
      actor,
      { title: first.burst!.title, messageIds: members.map((m) => m.id) },
      now,
    );
    created.push({
      id: result.event.id,
      title: result.event.title,
      severity: first.burst!.severity,
      firstSeenAt: first.receivedAt,
      lastSeenAt: members.at(-1)!.receivedAt,
      messageIds: members.map((m) => m.id),
    });
  }
  const e = schema.events;
  for (const severity of new Set(created.map((c) => c.severity))) {
    const ids = created.filter((c) => c.severity === severity).map((c) => c.id);
    await db
      .update(e)
      .set({ severity: severity as never })
      .where(inArray(e.id, ids));
  }
  await db
    .update(e)
    .set({ status: 'closed', updatedAt: sql`${e.lastSeenAt}` })
    .where(lt(e.lastSeenAt, new Date(now.getTime() - QUIET_DAYS * DAY_MS)));
  return created;
}
