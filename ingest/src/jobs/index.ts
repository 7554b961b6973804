import type { DeskJobs, JobHandlers } from '@desk/queue';
import { briefing } from './briefing';
import { cases } from './cases';
import type { JobDeps } from './deps';
import { escalate } from './escalate';
import { indexCases } from './index-cases';
import { ingest } from './ingest';
import { notify } from './notify';
import { pull } from './pull';
import { tick } from './tick';
import { topics } from './topics';
import { web } from './web';

/** Every job of the registry and its handler: the one map the workers are started from. */
export function jobHandlers(deps: JobDeps): Required<JobHandlers<DeskJobs>> {
  return {
    pull: pull(deps),
    tick: tick(deps),
    ingest: ingest(deps),
    cases: cases(deps),
    topics: topics(deps),
    notify: notify(deps),
    escalate: escalate(deps),
    briefing: briefing(deps),
    'index-cases': indexCases(deps),
    web: web(deps),
  };
}
