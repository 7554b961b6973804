import { raiseAndAnnounce } from '@desk/queue';
import { alertQuietSources, scheduleDuePulls } from '../stages/schedule';
import type { DeskJobHandler } from './deps';

/** Quietness changes over hours: looked at once a minute, whatever the tick. */
const QUIET_CHECK_MS = 60_000;

/** `tick` (repeatable): claim due sources and enqueue one pull each; now and then alert on quiet ones. */
export const tick: DeskJobHandler<'tick'> = (deps) => {
  let lastQuietCheck = 0;
  return async () => {
    const enqueuePull = (sourceId: number, dueAt: Date) =>
      deps.jobs
        .add('pull', { sourceId, reason: 'schedule' }, { jobId: `pull:${sourceId}:${dueAt.getTime()}` })
        .then(() => {});
    const pulls = await scheduleDuePulls(deps.db, enqueuePull);
    if (Date.now() - lastQuietCheck < QUIET_CHECK_MS) return { pulls };
    lastQuietCheck = Date.now();
    const quiet = await alertQuietSources(deps.db, (input) => raiseAndAnnounce(deps.alerts, input));
    return { pulls, quiet };
  };
};
