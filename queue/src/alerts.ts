import { type Alert, type AlertInput, type Db, raiseAlert } from '@desk/core/store';
import type Redis from 'ioredis';
import { publishDeskEvent } from './events';
import type { JobProducer } from './producer';

export interface AlertDeps {
  db: Db;
  redis: Redis;
  prefix: string;
  jobs: JobProducer;
  log: { warn(obj: object, msg: string): void };
}

type AnnouncedAlert = Pick<Alert, 'id' | 'kind' | 'level' | 'title' | 'eventId' | 'departmentId'>;

/**
 * Announce an alert: live to every API process (the event stream → SSE) and, through the `notify`
 * job, to the robots and e-mail channels. The job id is the alert id, so announcing twice delivers once.
 */
export async function announceAlert(deps: Omit<AlertDeps, 'db' | 'log'>, alert: AnnouncedAlert) {
  await publishDeskEvent(deps.redis, deps.prefix, {
    type: 'alert.new',
    id: alert.id,
    kind: alert.kind,
    level: alert.level,
    title: alert.title,
    eventId: alert.eventId,
    departmentIds: alert.departmentId ? [alert.departmentId] : [],
  });
  await deps.jobs.add('notify', { alertId: alert.id }, { jobId: `alert:${alert.id}` });
}

/**
 * The only way the desk raises an alert (lint forbids the store's raiseAlert elsewhere): unless an open
 * one with the same dedupe key exists, store it and announce it. The row is kept when announcing fails
 * (Redis away): the alert list shows it and the failure is logged.
 */
export async function raiseAndAnnounce(deps: AlertDeps, input: AlertInput): Promise<Alert | undefined> {
  const alert = await raiseAlert(deps.db, input);
  if (!alert) return undefined;
  await announceAlert(deps, alert).catch((error) =>
    deps.log.warn({ err: error, alertId: alert.id }, 'alert stored but not announced'),
  );
  return alert;
}
