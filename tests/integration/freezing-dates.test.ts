import { ensureSource, schema } from '@desk/core/store';
import { startPipeline } from '@desk/ingest';
import { call, createTestRuntime, type Json, loginAs, type TestRuntime } from '@desk/tests/support';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 10, finding 1: dates past year 9999 or before 1970 used to send the working-day loop round for
 * ever (the process froze, health stopped answering). Each path must now answer at once with a refusal.
 */
describe('dates that used to freeze the desk', () => {
  let rt: TestRuntime;
  let duty: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    duty = await loginAs(rt.app, 'duty');
  });
  afterAll(() => rt?.close());

  const expectHealthy = async () => expect((await rt.app.request('/api/health')).status).toBe(200);

  it('refuses the calendar calculator for a start in year 9999 or -200000 and stays healthy', async () => {
    for (const start of ['9999-12-31T00:00:00Z', '-200000-01-01', '+275760-09-13T00:00:00Z']) {
      const query = `start=${encodeURIComponent(start)}&workingDays=5`;
      const res = await call(rt.app, duty, `/api/calendar/calculate?${query}`);
      expect(res.status, start).toBe(400);
      const body = (await res.json()) as Json;
      expect(['BAD_REQUEST', 'DATE_OUT_OF_RANGE']).toContain(body.code);
      expect(JSON.stringify(body)).toMatch(/1970.*2100/);
      await expectHealthy();
    }
  });

  it('still computes an ordinary deadline with the calculator', async () => {
    const res = await call(rt.app, duty, '/api/calendar/calculate?start=2026-02-13T01:00:00Z&workingDays=20');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).dueAt).toBe('2026-03-19T15:59:59.999Z');
  });

  it('refuses a case received in year 9999 or -200000 without storing it', async () => {
    const before = await rt.database.db.$count(schema.cases);
    for (const receivedAt of ['9999-12-31T20:00:00Z', '-200000-01-01']) {
      const res = await call(rt.app, duty, '/api/cases', {
        json: { type: 'complaint', title: '小区路灯不亮', body: '夜间行走不便', receivedAt },
      });
      expect(res.status, receivedAt).toBe(400);
      await expectHealthy();
    }
    expect(await rt.database.db.$count(schema.cases)).toBe(before);
  });

  it('fails the case job of a stored inquiry dated 9999 at once, lists it among the failures and keeps the worker going', async () => {
    const source = await ensureSource(rt.database.db, { name: '门户接口 测试', type: 'portal' });
    const [message] = await rt.database.db
      .insert(schema.messages)
      .values({
        sourceId: source.id,
        dedupeKey: 'id:freeze-9999',
        kind: 'inquiry',
        channel: 'web',
        inquiryType: 'complaint',
        title: '路灯不亮',
        body: '夜间行走不便',
        receivedAt: new Date('9999-12-31T20:00:00Z'),
      })
      .returning();
    const ctx = { ...rt.ctx, db: rt.database.db, demo: false, log: pino({ level: 'silent' }) };
    const workers = await startPipeline(ctx, { queues: ['cases'], indexer: false });
    try {
      const jobId = await workers.jobs.add('cases', { kind: 'from-inquiry', messageId: message!.id });
      const job = await (async () => {
        for (let i = 0; i < 300; i++) {
          const found = await workers.jobs.queue('cases').getJob(jobId);
          // Read the job again once it is failed: a read taken before the failure lacks its attempt.
          if (found && (await found.getState()) === 'failed')
            return workers.jobs.queue('cases').getJob(jobId);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      // Failed on its first run: a date out of range will not get better with retries.
      expect(job?.attemptsMade).toBe(1);
      expect(job?.failedReason).toMatch(/1970.*2100/);
      await expectHealthy();
      const admin = await loginAs(rt.app, 'admin');
      const failures = (await (await call(rt.app, admin, '/api/sources/failures')).json()) as Json[];
      expect(failures[0]).toMatchObject({ stage: 'cases', detail: { job: 'cases', jobId } });
    } finally {
      await workers.close();
    }
  });
});
