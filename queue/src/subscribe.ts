import { type DeskEvent, DeskEventSchema } from '@desk/core';
import type Redis from 'ioredis';
import { deskEventsChannel } from './events';

export type DeskEventListener = (event: DeskEvent) => void;

export interface DeskEventHub {
  /** Add a listener; the returned function removes it. */
  listen(listener: DeskEventListener): () => void;
  close(): void;
}

/**
 * One Redis subscription per process fanned out to every listener (each SSE client), so a hundred
 * open desks cost one connection. Events from any replica arrive here; malformed ones are ignored.
 */
export function createDeskEventHub(redis: Redis, prefix: string | undefined): DeskEventHub {
  const listeners = new Set<DeskEventListener>();
  const channel = deskEventsChannel(prefix);
  let subscriber: Redis | null = null;

  function start() {
    if (subscriber) return;
    subscriber = redis.duplicate();
    subscriber.on('error', () => {}); // ioredis reconnects by itself; errors here are transient
    void subscriber.subscribe(channel).catch(() => {});
    subscriber.on('message', (_channel: string, raw: string) => {
      let parsed: ReturnType<typeof DeskEventSchema.safeParse>;
      try {
        parsed = DeskEventSchema.safeParse(JSON.parse(raw));
      } catch {
        return;
      }
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
    });
  }

  return {
    listen(listener) {
      start();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        // The last listener gone (desks closed): release the connection until someone listens again.
        if (listeners.size === 0) {
          subscriber?.disconnect();
          subscriber = null;
        }
      };
    },
    close() {
      listeners.clear();
      subscriber?.disconnect();
      subscriber = null;
    },
  };
}

/** Wait until the hub's subscription is active (tests publish right after connecting). */
export async function hubReady(redis: Redis, prefix: string | undefined, timeoutMs = 5_000): Promise<void> {
  const channel = deskEventsChannel(prefix);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [, n] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(n) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
