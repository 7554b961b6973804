import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '@desk/core';
import { createTestRuntime, loginAs, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures, type Fixtures } from './authz-matrix/fixtures';
import type { Matrix, RouteExpectation, Side } from './authz-matrix/types';

/**
 * The authorization matrix: EVERY route of the real app × every role × a record of the handler's own
 * department and of another one. It fails when a route has no entry.
 *
 * To add your routes: create `api/src/authz-matrix/<resource>.ts` exporting `matrix: Matrix` (see
 * types.ts; keys are "METHOD /api/path/:param" as in `app.routes`), and optionally
 * `setup(f: Fixtures): Promise<void>` to put your records into `f.extra`. This file finds it by itself.
 */
const matrixDir = fileURLToPath(new URL('./authz-matrix/', import.meta.url));
const NOT_ENTRIES = new Set(['types.ts', 'fixtures.ts']);
const accounts: Record<Role, string> = {
  admin: 'admin',
  duty: 'duty',
  handler: 'edu',
  reviewer: 'reviewer',
  leader: 'leader',
};
const roles = Object.keys(accounts) as Role[];
const sides: Side[] = ['own', 'other'];

interface EntryModule {
  matrix: Matrix;
  setup?: (f: Fixtures) => Promise<void>;
}

async function loadEntries(): Promise<EntryModule[]> {
  const files = readdirSync(matrixDir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ENTRIES.has(f),
  );
  return Promise.all(files.map((f) => import(/* @vite-ignore */ `${matrixDir}${f}`) as Promise<EntryModule>));
}

const routeKeys = (app: TestRuntime['app']) => [
  ...new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`),
  ),
];

const resolve = async <T>(
  value: T | ((f: Fixtures, side: Side) => T | Promise<T>),
  f: Fixtures,
  side: Side,
) => (typeof value === 'function' ? (value as (f: Fixtures, side: Side) => T | Promise<T>)(f, side) : value);

describe('authorization matrix', () => {
  let rt: TestRuntime;
  let fixtures: Fixtures;
  let matrix: Matrix = {};
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    fixtures = await buildFixtures(rt.database.db);
    const modules = await loadEntries();
    for (const m of modules) {
      await m.setup?.(fixtures);
      matrix = { ...matrix, ...m.matrix };
    }
    for (const role of roles) tokens[role] = await loginAs(rt.app, accounts[role]);
  }, 180_000);
  afterAll(() => rt?.close());

  async function request(key: string, entry: RouteExpectation, role: Role | null, side: Side) {
    const [method, template] = key.split(' ') as [string, string];
    const params = entry.params ? await entry.params(fixtures, side) : {};
    let path = template.replace(/:(\w+)/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`${key}: no value for :${name}`);
      return encodeURIComponent(String(params[name]));
    });
    const query = entry.query ? await resolve(entry.query, fixtures, side) : '';
    if (query) path += `?${query}`;
    const body = entry.body === undefined ? undefined : await resolve(entry.body, fixtures, side);
    const headers: Record<string, string> = { ...(entry.headers ? await entry.headers(fixtures) : {}) };
    if (role)
      headers.Authorization = `Bearer ${entry.freshSession ? await loginAs(rt.app, accounts[role]) : tokens[role]}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return rt.app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

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
