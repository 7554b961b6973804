import { escalateCases } from '@desk/core/store';
import { announceAlert } from '@desk/queue';
import type { DeskJobHandler } from './deps';

/** `escalate` (repeatable): mark due-soon / overdue cases; overdue alerts reach the desk and the officer on duty. */
export const escalate: DeskJobHandler<'escalate'> = (deps) => async () => {
  const { alerts, ...counts } = await escalateCases(deps.db);
  if (counts.dueSoon || counts.overdue) deps.log.info(counts, 'cases escalated');
  for (const alert of alerts)
    await announceAlert(deps.alerts, alert).catch((error) =>
      deps.log.warn({ err: error, alertId: alert.id }, 'overdue alert stored but not announced'),
    );
  return counts;
};
