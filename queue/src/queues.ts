import Queue from 'bull';

export interface QueueConfig {
  redisUrl: string;
  /**
   * Prefix of every Redis key of one desk (queues, live events, locks), so tests and several desks can
   * share one Redis. It is a Redis Cluster hash tag (`{desk}`): Bull's scripts touch several keys of a
   * queue at once, which a cluster allows only within one hash slot.
   */
  prefix: string;
}

export const DEFAULT_PREFIX = '{desk}';

/** `desk` → `{desk}`; a prefix that already carries a hash tag is kept as it is. */
export const withHashTag = (prefix: string): string => (/\{[^{}]+\}/.test(prefix) ? prefix : `{${prefix}}`);

/** Worker-side settings of a queue: Bull's job lock and how often a dead worker's jobs are recovered. */
export interface QueueSettings {
  lockDurationMs: number;
  maxStalledCount: number;
}

/** One Bull queue. Jobs get their options from the registry (`bullJobOptions`), not from here. */
export function createQueue<T = unknown>(
  name: string,
  config: QueueConfig,
  settings?: QueueSettings,
): Queue.Queue<T> {
  return new Queue<T>(name, config.redisUrl, {
    prefix: config.prefix,
    ...(settings
      ? {
          settings: {
            lockDuration: settings.lockDurationMs,
            stalledInterval: settings.lockDurationMs,
            maxStalledCount: settings.maxStalledCount,
          },
        }
      : {}),
  });
}

/** The Bull queues of one process, opened on first use and closed together (one set of connections each). */
export interface QueueSet {
  config: QueueConfig;
  get(name: string): Queue.Queue;
  opened(): Queue.Queue[];
  close(): Promise<void>;
}

export function createQueueSet(config: QueueConfig, settings?: QueueSettings): QueueSet {
  const queues = new Map<string, Queue.Queue>();
  return {
    config,
    get(name) {
      let queue = queues.get(name);
      if (!queue) {
        queue = createQueue(name, config, settings);
        queues.set(name, queue);
      }
      return queue;
    },
    opened: () => [...queues.values()],
    async close() {
      const all = [...queues.values()];
      queues.clear();
      await Promise.allSettled(all.map((q) => q.close()));
    },
  };
}

export type { Job, Queue as BullQueue } from 'bull';
