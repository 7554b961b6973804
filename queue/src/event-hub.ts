import { type DeskEvent, DeskEventSchema } from '@desk/core';
import type Redis from 'ioredis';
import { deskEventsStream } from './events';

/** A live event with its stream id (the SSE `id:`, which a reconnecting client sends back). */
export interface StreamedEvent {
  id: string;
  event: DeskEvent;
}
export type StreamListener = (streamed: StreamedEvent) => void;

export interface DeskEventHub {
  /** Id of the newest event in the stream ('0-0' when empty): "from now on". */
  latestId(): Promise<string>;
  /**
   * Every event after `after`, in order and each once: first those already in the stream (a client
   * reconnecting with Last-Event-ID), then live ones. Returns the function that stops listening.
   */
  subscribe(after: string, listener: StreamListener): Promise<() => void>;
  close(): void;
}

/** Redis stream ids are `<ms>-<seq>`. */
export const isStreamId = (id: string | undefined): id is string => !!id && /^\d{1,15}-\d{1,15}$/.test(id);

export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}

function parse(fields: string[]): DeskEvent | null {
  try {
    const parsed = DeskEventSchema.safeParse(JSON.parse(fields[1] ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const PAGE = 1_000;
/** A blocking read returns at least this often, so a closed hub stops promptly. */
const BLOCK_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One blocking reader of the desk's event stream per process, fanned out to every listener (each SSE
 * client), so a hundred open desks cost one connection. The reader stops when the last listener leaves.
 */
export function createDeskEventHub(redis: Redis, prefix: string): DeskEventHub {
  const key = deskEventsStream(prefix);
  const listeners = new Set<StreamListener>();
  let reader: Redis | null = null;

  const latestId = async () => (await redis.xrevrange(key, '+', '-', 'COUNT', 1))[0]?.[0] ?? '0-0';

  /** Starts at the first listener's position: anything published after it subscribed is read. */
  async function read(connection: Redis, from: string) {
    let cursor = from;
    while (reader === connection) {
      try {
        const result = await connection.xread('COUNT', PAGE, 'BLOCK', BLOCK_MS, 'STREAMS', key, cursor);
        for (const [, entries] of result ?? [])
          for (const [id, fields] of entries) {
            cursor = id;
            const event = parse(fields);
            if (event) for (const listener of listeners) listener({ id, event });
          }
      } catch {
        if (reader === connection) await sleep(500); // Redis away: ioredis reconnects, we read on
      }
    }
  }

  function start(from: string) {
    if (reader) return;
    const connection = redis.duplicate();
    connection.on('error', () => {});
    reader = connection;
    void read(connection, from);
  }
  function stop() {
    reader?.disconnect();
    reader = null;
  }

  async function replay(after: string, deliver: StreamListener) {
    for (let from = after; ; ) {
      const page = await redis.xrange(key, `(${from}`, '+', 'COUNT', PAGE);
      for (const [id, fields] of page) {
        from = id;
        const event = parse(fields);
        if (event) deliver({ id, event });
      }
      if (page.length < PAGE) return;
    }
  }

  return {
    latestId,
    async subscribe(after, listener) {
      let delivered = after;
      const deliver: StreamListener = (streamed) => {
        if (compareStreamIds(streamed.id, delivered) <= 0) return;
        delivered = streamed.id;
        listener(streamed);
      };
      // Live events wait while the stored ones are replayed, then whatever both saw is sent once.
      let buffer: StreamedEvent[] | null = [];
      const live: StreamListener = (streamed) => (buffer ? buffer.push(streamed) : deliver(streamed));
      listeners.add(live);
      start(after);
      const unsubscribe = () => {
        listeners.delete(live);
        if (listeners.size === 0) stop();
      };
      try {
        await replay(after, deliver);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      for (const streamed of buffer) deliver(streamed);
      buffer = null;
      return unsubscribe;
    },
    close() {
      listeners.clear();
      stop();
    },
  };
}
