import { AppError, type QueueName, queueNames } from '@desk/core';
import { type BullQueue, createQueue } from '@desk/queue';
import type { ApiContext } from './context';

/** Bull queues the API enqueues to, one set per Redis connection of an API context, closed with it. */
const registry = new WeakMap<ApiContext['redis'], Map<string, BullQueue>>();

export function apiQueue<T = unknown>(ctx: ApiContext, name: QueueName): BullQueue<T> {
  let queues = registry.get(ctx.redis);
  if (!queues) {
    const created = new Map<string, BullQueue>();
    queues = created;
    registry.set(ctx.redis, created);
    ctx.redis.once('end', () => {
      for (const q of created.values()) void q.close().catch(() => {});
      created.clear();
    });
  }
  let queue = queues.get(name);
  if (!queue) {
    queue = createQueue(name, ctx.queue);
    queue.on('error', (error) => ctx.log.warn({ err: error, queue: name }, 'queue error'));
    queues.set(name, queue);
  }
  return queue as BullQueue<T>;
}

/** Every queue of the desk, for the queue board. */
export const allQueueNames = Object.values(queueNames) as QueueName[];

/** How long a request waits for Redis before answering 503 (Bull would otherwise queue the command). */
const QUEUE_TIMEOUT_MS = 5_000;

export const withQueueTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new AppError('UNAVAILABLE')), QUEUE_TIMEOUT_MS).unref(),
    ),
  ]);
