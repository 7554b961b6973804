import type { Role } from '@desk/core';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});

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
