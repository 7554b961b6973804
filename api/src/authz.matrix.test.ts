import type { Role } from '@desk/core';
import { schema } from '@desk/core/store';
import { createTestRuntime, type Json, type TestRuntime } from '@desk/tests/support';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notAudited, refusingCaller } from './audit-trail';
import { buildFixtures } from './authz-matrix/fixtures';
import { loadMatrix, matrixRequester, roles, sides } from './authz-matrix/harness';
import type { Matrix, RouteExpectation, Side } from './authz-matrix/types';

/**
 * The authorization matrix: EVERY route of the real app × every role × a record of the handler's own
 * department and of another one. It fails when a route has no entry.
 *
 * To add your routes: create `api/src/authz-matrix/<resource>.ts` exporting `matrix: Matrix` (see
 * types.ts; keys are "METHOD /api/path/:param" as in `app.routes`), and optionally
 * `setup(f: Fixtures): Promise<void>` to put your records into `f.extra`. This file finds it by itself.
 */
const routeKeys = (app: TestRuntime['app']) => [
  ...new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`),
  ),
];

describe('authorization matrix', () => {
  let rt: TestRuntime;
  let matrix: Matrix = {};
  let call: Awaited<ReturnType<typeof matrixRequester>>;

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    const fixtures = await buildFixtures(rt.database.db);
    matrix = await loadMatrix(fixtures);
    call = await matrixRequester(rt, fixtures);
  }, 180_000);
  afterAll(() => rt?.close());

  const request = (key: string, entry: RouteExpectation, role: Role | null, side: Side) =>
    call(key, entry, { role, side });

  it('has an entry for every route of the app, and none for routes that are gone', () => {
    const keys = routeKeys(rt.app);
    expect(
      keys.filter((k) => !matrix[k]),
      'routes without a matrix entry',
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((k) => !keys.includes(k)),
      'entries without a route',
    ).toEqual([]);
  });

  it('allows and denies every route for every role and department as the table says, leaking no totals', async () => {
    const problems: string[] = [];
    for (const key of routeKeys(rt.app)) {
      const entry = matrix[key];
      if (!entry) continue;
      for (const side of sides) {
        if (entry.access === 'public') {
          const res = await request(key, entry, null, side);
          if (res.status === 401 || res.status === 403 || res.status >= 500)
            problems.push(`${key} anonymous: ${res.status}`);
          continue;
        }
        for (const role of roles) {
          const access = entry.access[role] ?? 'deny';
          const allowed = access === 'allow' || (access === 'own' && (role !== 'handler' || side === 'own'));
          const res = await request(key, entry, role, side);
          const where = `${key} as ${role} (${side} department): ${res.status}`;
          if (res.status >= 500) problems.push(`${where} ${await res.text()}`);
          else if (allowed && [401, 403, 404].includes(res.status))
            problems.push(`${where}, expected allowed`);
          else if (!allowed && ![403, 404].includes(res.status)) problems.push(`${where}, expected denied`);
          else if (!allowed && res.headers.get('Content-Range'))
            problems.push(`${where}: a denied list sent a total`);
          else if (allowed && role === 'handler') problems.push(...(await checkScopedTotal(where, res)));
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('writes exactly one audit entry per change of every mutating route in /api/openapi.json, none on a refusal', async () => {
    const spec = (await (await rt.app.request('/api/openapi.json')).json()) as Json;
    const honoPath = new Map(routeKeys(rt.app).map((k) => [toOpenApiKey(k), k]));
    let n = 0;
    const entriesOf = async (caller: Parameters<typeof call>[2], key: string, entry: RouteExpectation) => {
      const requestId = `audit-trail-${++n}`;
      const res = await call(key, entry, { ...caller, headers: { 'X-Request-Id': requestId } });
      const [row] = await rt.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.requestId, requestId));
      return { status: res.status, entries: row!.n };
    };
    const problems: string[] = [];
    let changes = 0;
    for (const [path, operations] of Object.entries(spec.paths as Record<string, Json>)) {
      for (const method of Object.keys(operations).filter((m) =>
        ['post', 'put', 'patch', 'delete'].includes(m),
      )) {
        const key = honoPath.get(`${method.toUpperCase()} ${path}`);
        const entry = key ? matrix[key] : undefined;
        if (!key || !entry) continue; // the first test names routes without a matrix entry
        const refusal = refusingCaller(entry);
        if (refusal) {
          const refused = await entriesOf(refusal, key, entry);
          if (refused.status < 400) problems.push(`${key} as ${refusal.role ?? 'anonymous'}: not refused`);
          else if (refused.entries) problems.push(`${key} refused (${refused.status}) but audited`);
        }
        const allowed = allowedCaller(entry);
        if (operations[method].requestBody) {
          const junk = await entriesOf({ ...allowed, body: 'not an object' }, key, entry);
          if (junk.status >= 400 && junk.entries) problems.push(`${key} refused a junk body but audited`);
        }
        const done = await entriesOf(allowed, key, entry);
        const expected = done.status >= 400 || key in notAudited ? 0 : 1;
        if (done.status < 400 && expected) changes++;
        if (done.entries !== expected)
          problems.push(
            `${key} answered ${done.status} with ${done.entries} audit entries, expected ${expected}`,
          );
      }
    }
    expect(problems).toEqual([]);
    expect(changes).toBeGreaterThan(40);
  }, 300_000);
});

/** Hono's `/api/cases/:id` → OpenAPI's `/api/cases/{id}`. */
const toOpenApiKey = (key: string) => key.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

/** The administrator where allowed (own department), else the first role the entry allows. */
function allowedCaller(entry: RouteExpectation): { role: Role | null; side: Side } {
  if (entry.access === 'public') return { role: null, side: 'own' };
  const access = entry.access;
  const role = access.admin ? 'admin' : (roles.find((r) => access[r]) ?? null);
  return { role, side: 'own' };
}

/** A handler's list total must count only what the handler can see (the page is not full here). */
async function checkScopedTotal(where: string, res: Response): Promise<string[]> {
  const range = res.headers.get('Content-Range');
  if (!range) return [];
  const total = Number(range.split('/').pop());
  const rows = (await res.json()) as unknown[];
  return rows.length < 25 && total !== rows.length
    ? [`${where}: total ${total} but ${rows.length} visible rows`]
    : [];
}
