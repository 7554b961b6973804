import { NOTIFY_QUEUE, type NotifyJob } from '@desk/core';
import type Redis from 'ioredis';
import { publishDeskEvent } from './events';
import { createQueue, type QueueConfig } from './queues';

export interface AnnouncedAlert {
  id: number;
  kind: string;
  level: string;
  title: string;
  eventId: number | null;
  departmentId: number | null;
}

/**
 * Announce a new alert: live to every API replica (Redis pub/sub → SSE) and, through the notify queue,
 * to the robots and e-mail channels. The job id is the alert id, so announcing twice delivers once.
 */
export async function announceAlert(redis: Redis, queue: QueueConfig, alert: AnnouncedAlert): Promise<void> {
  await publishDeskEvent(redis, queue.prefix, {
    type: 'alert.new',
    id: alert.id,
    kind: alert.kind,
    level: alert.level,
    title: alert.title,
    eventId: alert.eventId,
    departmentIds: alert.departmentId ? [alert.departmentId] : [],
  });
  const notify = createQueue<NotifyJob>(NOTIFY_QUEUE, queue);
  try {
    await notify.add({ alertId: alert.id }, { jobId: `alert:${alert.id}`, attempts: 5 });
  } finally {
    await notify.close();
  }
}
