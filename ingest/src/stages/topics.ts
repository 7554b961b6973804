import { burstTuning, detectBurst, matchingSchemes } from '@desk/core';
import { defaultGroupingOptions } from '@desk/core/classify';
import {
  activeSchemeRules,
  closeQuietEvents,
  type Db,
  eventWindowCounts,
  loadMessages,
  markForReindex,
  recordSchemeHits,
  refreshEventStats,
  schema,
  schemeHitCounts,
} from '@desk/core/store';
import { type AlertDeps, publishDeskEvent, type Redis, raiseAndAnnounce } from '@desk/queue';
import { indexEvents } from '@desk/search-config';
import { inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { groupIntoEvents } from './group-events';
import { raiseRiskAlerts } from './risk-alerts';

import { withRedisLock } from './topic-lock';

export interface TopicDeps {
  db: Db;
  redis: Redis;
  prefix: string;
  /** Alerts are raised through this, so each is announced (live, robots, e-mail). */
  alerts: AlertDeps;
  log: Pick<Logger, 'warn' | 'info'>;
  /** Meilisearch, for the `events` index; without it events are only in the database. */
  search?: Parameters<typeof indexEvents>[1];
  now?: () => Date;
}

/** Longest a batch may hold the grouping lock before another worker may take it over. */
const GROUPING_LOCK_MS = 30_000;

/**
 * Stage 6 (after store): monitoring schemes, event grouping, hotness and bursts for newly stored
 * messages. Alerts go live over Redis (SSE) and to the notify queue within the same job, i.e. seconds
 * after the messages arrive. Idempotent enough for a retry: hits are unique, alerts de-duplicated.
 */
export async function runTopicStages(messageIds: number[], deps: TopicDeps) {
  if (!messageIds.length) return { schemeHits: 0, events: 0, alerts: 0 };
  const { db } = deps;
  const now = deps.now?.() ?? new Date();
  const { prefix } = deps;
  const rows = (await loadMessages(db, messageIds)).filter((m) => m.eventId === null);
  let alerts = await raiseRiskAlerts(deps.alerts, rows);
  const hits = await matchSchemes(db, rows);
  const assigned = await withRedisLock(deps.redis, `${prefix}:topics:grouping`, GROUPING_LOCK_MS, () =>
    groupIntoEvents({ db, redis: deps.redis, prefix }, rows),
  );
  await saveAssignments(db, assigned);
  const touched = [...new Set(assigned.values())];
  const updated = await refreshEventStats(db, touched, now);
  for (const eventId of touched) alerts += await checkBurst(deps, eventId, now);
  alerts += await checkSchemes(deps, [...new Set(hits.map((h) => h.schemeId))], now);
  if (deps.search)
    await indexEvents(db, deps.search, touched).catch((error) =>
      deps.log.warn({ err: error }, 'event index failed'),
    );
  // Events quiet for longer than the grouping window before this batch's oldest message take no more
  // messages: close them (relative to the messages, so importing an old year still groups it).
  const oldest = Math.min(now.getTime(), ...rows.map((m) => (m.publishedAt ?? m.receivedAt).getTime()));
  await closeQuietEvents(db, new Date(oldest - defaultGroupingOptions.windowDays * 86_400_000));
  await publishDeskEvent(
    deps.redis,
    prefix,
    updated.map((e) => ({ type: 'event.updated' as const, ...e })),
  );
  return { schemeHits: hits.length, events: touched.length, alerts };
}

async function matchSchemes(db: Db, rows: Awaited<ReturnType<typeof loadMessages>>) {
  const schemes = await activeSchemeRules(db);
  if (!schemes.length) return [];
  const hits = rows.flatMap((m) =>
    matchingSchemes(schemes, m).map((schemeId) => ({ schemeId, messageId: m.id })),
  );
  await recordSchemeHits(db, hits);
  return hits;
}

async function saveAssignments(db: Db, assigned: Map<number, number>) {
  const byEvent = new Map<number, number[]>();
  for (const [messageId, eventId] of assigned)
    byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), messageId]);
  for (const [eventId, ids] of byEvent) {
    await db
      .update(schema.messages)
      .set({ eventId, updatedAt: new Date() })
      .where(sql`${inArray(schema.messages.id, ids)} and ${schema.messages.eventId} is null`);
  }
  await markForReindex(db, [...assigned.keys()]);
}

async function checkBurst(deps: TopicDeps, eventId: number, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - burstTuning.windowMinutes * 60_000);
  const baselineStart = new Date(windowStart.getTime() - burstTuning.baselineHours * 3_600_000);
  const counts = await eventWindowCounts(deps.db, eventId, windowStart, baselineStart);
  const decision = detectBurst(counts);
  if (!decision) return 0;
  const [event] = await deps.db
    .select({ title: schema.events.title, keywords: schema.events.keywords })
    .from(schema.events)
    .where(sql`${schema.events.id} = ${eventId}`);
  const alert = await raiseAndAnnounce(deps.alerts, {
    kind: decision.kind,
    level: decision.level,
    title: `${decision.kind === 'burst' ? '舆情突增' : '负面集中'}：${event?.title ?? eventId}`,
    detail: { reason: decision.reason, counts, keywords: event?.keywords ?? [] },
    dedupeKey: `${decision.kind}:event:${eventId}`,
    eventId,
  });
  return alert ? 1 : 0;
}

async function checkSchemes(deps: TopicDeps, schemeIds: number[], now: Date): Promise<number> {
  if (!schemeIds.length) return 0;
  const schemes = (await activeSchemeRules(deps.db)).filter(
    (s) => schemeIds.includes(s.id) && s.alertThreshold > 0,
  );
  const counts = await schemeHitCounts(
    deps.db,
    schemes.map((s) => s.id),
    new Date(now.getTime() - 3_600_000),
  );
  let raised = 0;
  for (const s of schemes) {
    const n = counts.get(s.id) ?? 0;
    if (n < s.alertThreshold) continue;
    const alert = await raiseAndAnnounce(deps.alerts, {
      kind: 'scheme',
      level: n >= 3 * s.alertThreshold ? 'orange' : 'yellow',
      title: `监测方案命中：${s.name}（近1小时${n}条）`,
      detail: { schemeId: s.id, hits: n },
      dedupeKey: `scheme:${s.id}`,
    });
    if (alert) raised++;
  }
  return raised;
}
