import { call, createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('POST /api/exports', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  const record = async (who: string, resource: string) =>
    call(rt.app, await loginAs(rt.app, who), '/api/exports', {
      json: { resource, format: 'xlsx', count: 12, filter: { status: 'new' } },
    });

  it('records an export in the audit log with the format, the row count and the filter', async () => {
    expect((await record('duty', 'messages')).status).toBe(201);
    const admin = await loginAs(rt.app, 'admin');
    const filter = encodeURIComponent(JSON.stringify({ action: 'export', entity: 'messages' }));
    const entries = (await (await call(rt.app, admin, `/api/audit-log?filter=${filter}`)).json()) as {
      actorName: string;
      after: Record<string, unknown>;
    }[];
    expect(entries[0]).toMatchObject({
      actorName: 'duty',
      after: { format: 'xlsx', count: 12, filter: { status: 'new' } },
    });
  });

  it('refuses a role that may not export the resource, and a resource that does not exist', async () => {
    expect((await record('edu', 'users')).status).toBe(403);
    expect((await record('leader', 'audit-log')).status).toBe(403);
    expect((await record('admin', 'no-such-thing')).status).toBe(403);
  });

  it('answers 400 for a malformed record', async () => {
    const res = await call(rt.app, await loginAs(rt.app, 'duty'), '/api/exports', {
      json: { resource: 'cases' },
    });
    expect(res.status).toBe(400);
  });
});
