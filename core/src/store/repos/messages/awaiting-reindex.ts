import { sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { searchOutbox } from '../../schema';

/**
 * How long this process trusts its snapshot of the messages waiting in the search outbox. An outbox
 * write through this process (`outboxWritten`) ends the snapshot at once; a write by another process
 * (a worker, another API replica) is seen within this time after it commits, plus one outbox read.
 */
export const AWAITING_REINDEX_SNAPSHOT_MS = 500;
/** A busier outbox (a burst, a full reindex) is not copied: each page then asks about its own hits. */
const SNAPSHOT_MAX_IDS = 2_000;

interface Snapshot {
  /** The message ids in the outbox, or null when there were more than SNAPSHOT_MAX_IDS. */
  ids: Set<number> | null;
  until: number;
  generation: number;
}
interface State {
  snapshot?: Snapshot;
  refresh?: { generation: number; promise: Promise<Snapshot> };
}

/** Counts this process's outbox writes: a snapshot read before the latest one is not kept. */
let generation = 0;
const states = new WeakMap<Db, State>();
const stateOf = (db: Db) => {
  const state = states.get(db) ?? {};
  states.set(db, state);
  return state;
};

/**
 * Ends this process's snapshots: call it on writing search outbox rows, and again once the transaction
 * that wrote them has committed (a snapshot read in between would miss them).
 */
export function outboxWritten(): void {
  generation++;
}

/** Message or row ids as a PostgreSQL array literal (bound as one parameter, cast in the query). */
export const idList = (ids: number[]) => `{${ids.join(',')}}`;

async function outboxMessageIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db.selectDistinct({ id: searchOutbox.messageId }).from(searchOutbox).limit(limit);
  return rows.map((r) => r.id);
}

async function awaitingAmong(db: Db, messageIds: number[]): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ id: searchOutbox.messageId })
    .from(searchOutbox)
    .where(sql`${searchOutbox.messageId} = any(${idList(messageIds)}::int[])`);
  return new Set(rows.map((r) => r.id));
}

/** One outbox read shared by the pages that ask meanwhile; kept only if no outbox write came since. */
function refresh(db: Db, state: State): Promise<Snapshot> {
  const startedAt = Date.now();
  const startedIn = generation;
  const promise: Promise<Snapshot> = outboxMessageIds(db, SNAPSHOT_MAX_IDS + 1).then(
    (ids) => {
      const snapshot = {
        ids: ids.length > SNAPSHOT_MAX_IDS ? null : new Set(ids),
        until: startedAt + AWAITING_REINDEX_SNAPSHOT_MS,
        generation: startedIn,
      };
      if (state.refresh?.promise === promise) state.refresh = undefined;
      if (startedIn === generation) state.snapshot = snapshot;
      return snapshot;
    },
    (error: unknown) => {
      if (state.refresh?.promise === promise) state.refresh = undefined;
      throw error;
    },
  );
  state.refresh = { generation: startedIn, promise };
  return promise;
}

function snapshotOf(db: Db): Promise<Snapshot> | Snapshot {
  const state = stateOf(db);
  const current = state.snapshot;
  if (current && current.generation === generation && current.until > Date.now()) return current;
  if (state.refresh?.generation === generation) return state.refresh.promise;
  return refresh(db, state);
}

/**
 * Which of these messages changed since Meilisearch last received them (rows still in the outbox),
 * from the process's snapshot of the outbox (AWAITING_REINDEX_SNAPSHOT_MS) when it is small.
 */
export async function awaitingReindex(db: Db, messageIds: number[]): Promise<Set<number>> {
  if (messageIds.length === 0) return new Set();
  const { ids } = await snapshotOf(db);
  if (ids === null) return awaitingAmong(db, messageIds);
  return new Set(messageIds.filter((id) => ids.has(id)));
}
