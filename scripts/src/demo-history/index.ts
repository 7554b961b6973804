import { localDateOf } from '@desk/core';
import { type Db, getMeta, loadCalendar, schema, setMeta } from '@desk/core/store';
import { regions } from '@desk/core/text';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createHistoryCases } from './cases';
import { createHistoryEvents } from './events';
import { HISTORY_SOURCE, ingestHistory } from './messages';
import { seededRandom } from './random';
import { historyDays, yearBefore } from './shape';

export { HISTORY_SOURCE } from './messages';

const MARKER = 'demo-history';

export interface HistoryOptions {
  now?: Date;
  /** Web messages on an average day (working days more, rest days fewer). */
  meanPerDay?: number;
  /** Days of history ending today (365 for the demo). */
  days?: number;
  seed?: number;
  /** Called as messages are stored: a progress line for the console. */
  onProgress?: (done: number, total: number) => void;
}

export interface HistorySummary {
  from: string;
  to: string;
  messages: number;
  events: number;
  cases: number;
  byStatus: Record<string, number>;
  seconds: number;
}

/**
 * A year of history for the embedded demo, generated once per database (a marker in `meta`):
 * messages with a weekly and seasonal shape and a few bursts, events, cases in every state, replies,
 * satisfaction visits, 依申请公开 requests and legal challenges. Deterministic for a seed and a `now`.
 * Returns null when the history is already there.
 */
export async function seedDemoHistory(db: Db, options: HistoryOptions = {}): Promise<HistorySummary | null> {
  if (await getMeta(db, MARKER)) return null;
  const started = performance.now();
  const now = options.now ?? new Date();
  const random = seededRandom(options.seed ?? 20_260_101);
  const calendar = await loadCalendar(db);
  const to = localDateOf(now);
  const from = options.days
    ? localDateOf(new Date(now.getTime() - (options.days - 1) * 86_400_000))
    : yearBefore(now);
  // Today is live: the demo feed fills it. History ends yesterday.
  const days = historyDays(calendar, from, to, options.meanPerDay ?? 30, random).filter((d) => d.date < to);

  const messages = await ingestHistory(
    db,
    days,
    random,
    regions.map((r) => r.name),
    options.onProgress ?? (() => {}),
  );
  // History is not news: the indexer indexes these messages without announcing each one live.
  const source = await db
    .select({ id: schema.sources.id })
    .from(schema.sources)
    .where(eq(schema.sources.name, HISTORY_SOURCE.name));
  await db
    .update(schema.searchOutbox)
    .set({ reason: 'update' })
    .where(
      and(
        eq(schema.searchOutbox.reason, 'new'),
        inArray(
          schema.searchOutbox.messageId,
          db
            .select({ id: schema.messages.id })
            .from(schema.messages)
            .where(eq(schema.messages.sourceId, source[0]!.id)),
        ),
      ),
    );
  const events = await createHistoryEvents(db, messages, now);
  const cases = await createHistoryCases(db, { messages, events, days, calendar, random, now });
  const summary: HistorySummary = {
    from,
    to: days.at(-1)?.date ?? from,
    messages: messages.length,
    events: events.length,
    cases: cases.ids.length,
    byStatus: cases.byStatus as Record<string, number>,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await setMeta(db, MARKER, { at: now.toISOString(), ...summary });
  await db.execute(sql`analyze`);
  return summary;
}
