import type { RawItem } from '@desk/core';
import { raiseAndAnnounce } from '@desk/queue';
import { pullSource } from '../stages/pull';
import type { DeskJobHandler, JobDeps } from './deps';

/** Items of one pull go on as ingest jobs of at most `batchSize` items each. */
async function enqueueItems(deps: JobDeps, sourceId: number, fetchedAt: Date, items: RawItem[]) {
  const jobs = [];
  for (let i = 0; i < items.length; i += deps.tuning.batchSize)
    jobs.push({
      payload: {
        sourceId,
        fetchedAt: fetchedAt.toISOString(),
        items: items.slice(i, i + deps.tuning.batchSize),
      },
    });
  await deps.jobs.addBulk('ingest', jobs);
}

/** `pull`: fetch one source (or the demo feed) and hand its new items to the ingest queue. */
export const pull: DeskJobHandler<'pull'> = (deps) => async (payload) =>
  pullSource(payload.sourceId, {
    ...deps,
    enqueue: (sourceId, fetchedAt, items) => enqueueItems(deps, sourceId, fetchedAt, items),
    raiseAlert: (input) => raiseAndAnnounce(deps.alerts, input),
  });
