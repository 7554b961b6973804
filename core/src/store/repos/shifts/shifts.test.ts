import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../schema';
import { createShift, onDutyAt } from '.';

describe('shifts store', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  it('finds the officer on duty at a moment from the rota', async () => {
    const db = rt.database.db;
    const [duty] = await db.select().from(users).where(eq(users.username, 'duty'));
    const start = new Date('2026-03-01T00:00:00Z');
    await createShift(db, {
      userId: duty!.id,
      startsAt: start,
      endsAt: new Date('2026-03-01T08:00:00Z'),
      email: 'duty@example.org',
      note: null,
    });
    expect(await onDutyAt(db, new Date('2026-03-01T03:00:00Z'))).toMatchObject({
      userId: duty!.id,
      email: 'duty@example.org',
    });
    expect(await onDutyAt(db, new Date('2026-03-01T09:00:00Z'))).toBeNull();
  });
});
