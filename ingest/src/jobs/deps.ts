import type { AlertDeps, DeskJobs, JobHandler, JobProducer } from '@desk/queue';
import type { IngestContext } from '../context';
import type { DemoFeed } from '../demo/feed';
import type { Indexer } from '../indexer/indexer';
import type { BandIndex } from '../stages/band-index';
import type { IngestTuning } from '../tuning';

/** What the job handlers of one worker process share (built once by the pipeline). */
export interface JobDeps extends Omit<IngestContext, 'tuning' | 'queue'> {
  prefix: string;
  tuning: IngestTuning;
  jobs: JobProducer;
  /** Raising an alert goes through this, so it is always announced (live, robots, e-mail). */
  alerts: AlertDeps;
  bands: BandIndex;
  demoFeed: DemoFeed;
  /** Names the desk and its contact to every site it reads (DESK_CRAWLER_CONTACT). */
  userAgent: string;
  indexer: Indexer;
  /** Tell the indexers of every process that outbox rows were committed. */
  outboxWritten(): Promise<void>;
}

/** A handler of the registry's job `N`, built from the shared dependencies. */
export type DeskJobHandler<N extends keyof DeskJobs> = (deps: JobDeps) => JobHandler<DeskJobs[N]>;
