import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AWAITING_REINDEX_SNAPSHOT_MS, awaitingReindex, outboxWritten } from './awaiting-reindex';
import { markForReindex } from './outbox';

/** Another process's write: straight into the table, so this process's snapshot is not told. */
const writtenElsewhere = (rt: TestRuntime, ids: number[]) =>
  rt.database.db.execute(
    sql`insert into search_outbox (message_id) select unnest(${`{${ids.join(',')}}`}::int[])`,
  );
const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b);

describe('awaitingReindex (the outbox snapshot of a process)', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ engine: 'postgres' });
  });
  afterAll(() => rt?.close());
  beforeEach(async () => {
    await rt.database.db.execute(sql`delete from search_outbox`);
    outboxWritten();
  });

  it("sees this process's outbox writes at once", async () => {
    const db = rt.database.db;
    expect(sorted(await awaitingReindex(db, [1, 2, 3]))).toEqual([]);
    await markForReindex(db, [2]);
    expect(sorted(await awaitingReindex(db, [1, 2, 3]))).toEqual([2]);
  });

  it("sees another process's writes within the snapshot time", async () => {
    const db = rt.database.db;
    expect(sorted(await awaitingReindex(db, [5]))).toEqual([]);
    await writtenElsewhere(rt, [5]);
    await new Promise((r) => setTimeout(r, AWAITING_REINDEX_SNAPSHOT_MS + 50));
    expect(sorted(await awaitingReindex(db, [4, 5]))).toEqual([5]);
  });

  it('sees a write of a transaction once it committed and the writer said so', async () => {
    const db = rt.database.db;
    let release = () => {};
    const committing = db.transaction(async (tx) => {
      await markForReindex(tx, [7]);
      await new Promise<void>((r) => {
        release = r;
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    // Not committed yet: the snapshot read now cannot hold it…
    expect(sorted(await awaitingReindex(db, [7]))).toEqual([]);
    release();
    await committing;
    // …and the writer's word after the commit (the API does it after every write request) ends it.
    outboxWritten();
    expect(sorted(await awaitingReindex(db, [7]))).toEqual([7]);
  });

  it('asks about the hits themselves when the outbox is too busy to copy', async () => {
    const db = rt.database.db;
    await writtenElsewhere(
      rt,
      Array.from({ length: 3_000 }, (_, i) => i + 100),
    );
    outboxWritten();
    expect(sorted(await awaitingReindex(db, [99, 100, 3_099, 3_100]))).toEqual([100, 3_099]);
  });
});
