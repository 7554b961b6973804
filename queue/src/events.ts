import type { DeskEvent } from '@desk/core';
import type Redis from 'ioredis';

/** The Redis pub/sub channel of live desk events for one installation (queue prefix). */
export const deskEventsChannel = (prefix = 'desk'): string => `${prefix}:events`;

/** Publish live events (new messages, …); one round trip for many events. */
export async function publishDeskEvent(
  redis: Redis,
  prefix: string | undefined,
  event: DeskEvent | DeskEvent[],
): Promise<void> {
  const events = Array.isArray(event) ? event : [event];
  if (events.length === 0) return;
  const channel = deskEventsChannel(prefix);
  const pipeline = redis.pipeline();
  for (const e of events) pipeline.publish(channel, JSON.stringify(e));
  await pipeline.exec();
}
