import type { DeskEvent } from '@desk/core';
import type Redis from 'ioredis';

/** The Redis stream of live desk events of one installation (its key prefix). */
export const deskEventsStream = (prefix: string): string => `${prefix}:events`;

/**
 * About this many recent events stay in the stream for clients that reconnect (`Last-Event-ID`);
 * at ~200 bytes each that is ~10 MB of Redis, several minutes of a busy desk.
 */
export const EVENTS_KEPT = 50_000;

/** Publish live events (new messages, alerts, …) to every API process; one round trip for many events. */
export async function publishDeskEvent(
  redis: Redis,
  prefix: string,
  event: DeskEvent | DeskEvent[],
): Promise<void> {
  const events = Array.isArray(event) ? event : [event];
  if (events.length === 0) return;
  const stream = deskEventsStream(prefix);
  const pipeline = redis.pipeline();
  for (const e of events) pipeline.xadd(stream, 'MAXLEN', '~', EVENTS_KEPT, '*', 'e', JSON.stringify(e));
  const results = await pipeline.exec();
  const failed = results?.find(([error]) => error);
  if (failed) throw failed[0];
}
