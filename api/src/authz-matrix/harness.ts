import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '@desk/core';
import { loginAs, type TestRuntime } from '@desk/tests/support';
import type { Fixtures } from './fixtures';
import type { Matrix, RouteExpectation, Side } from './types';

/**
 * What the matrix tests share: the accounts of each role, the entries found in this folder, and one
 * request builder that turns an entry into a call of the real app.
 */
export const accounts: Record<Role, string> = {
  admin: 'admin',
  duty: 'duty',
  handler: 'edu',
  reviewer: 'reviewer',
  leader: 'leader',
};
export const roles = Object.keys(accounts) as Role[];
export const sides: Side[] = ['own', 'other'];

const matrixDir = fileURLToPath(new URL('./', import.meta.url));
const NOT_ENTRIES = new Set(['types.ts', 'fixtures.ts', 'harness.ts']);

interface EntryModule {
  matrix: Matrix;
  setup?: (f: Fixtures) => Promise<void>;
}

/** Every entry file of this folder, their setups run against the fixtures, merged into one matrix. */
export async function loadMatrix(fixtures: Fixtures): Promise<Matrix> {
  const files = readdirSync(matrixDir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ENTRIES.has(f),
  );
  let matrix: Matrix = {};
  for (const f of files) {
    const m = (await import(/* @vite-ignore */ `${matrixDir}${f}`)) as EntryModule;
    await m.setup?.(fixtures);
    matrix = { ...matrix, ...m.matrix };
  }
  return matrix;
}

const resolve = async <T>(
  value: T | ((f: Fixtures, side: Side) => T | Promise<T>),
  f: Fixtures,
  side: Side,
) => (typeof value === 'function' ? (value as (f: Fixtures, side: Side) => T | Promise<T>)(f, side) : value);

export interface Caller {
  role: Role | null;
  side: Side;
  /** Replaces the entry's body (e.g. junk a route must refuse). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls of the real app as the entries describe them, with a signed-in token per role. */
export async function matrixRequester(rt: TestRuntime, fixtures: Fixtures) {
  const tokens = {} as Record<Role, string>;
  for (const role of roles) tokens[role] = await loginAs(rt.app, accounts[role]);
  return async (key: string, entry: RouteExpectation, caller: Caller) => {
    const [method, template] = key.split(' ') as [string, string];
    const params = entry.params ? await entry.params(fixtures, caller.side) : {};
    let path = template.replace(/:(\w+)/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`${key}: no value for :${name}`);
      return encodeURIComponent(String(params[name]));
    });
    const query = entry.query ? await resolve(entry.query, fixtures, caller.side) : '';
    if (query) path += `?${query}`;
    const body =
      'body' in caller
        ? caller.body
        : entry.body === undefined
          ? undefined
          : await resolve(entry.body, fixtures, caller.side);
    const headers: Record<string, string> = {
      ...(entry.headers ? await entry.headers(fixtures) : {}),
      ...caller.headers,
    };
    const { role } = caller;
    if (role)
      headers.Authorization = `Bearer ${entry.freshSession ? await loginAs(rt.app, accounts[role]) : tokens[role]}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return rt.app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
}
