import type { Role } from '@desk/core';
import { createSession, schema } from '@desk/core/store';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../../api/src/authz-matrix/fixtures';
import { accounts, loadMatrix, roles } from '../../api/src/authz-matrix/harness';
import { DbWitness } from './db-witness';
import {
  alwaysBadQuery,
  badAuthorization,
  jsonFragments,
  pathSegments,
  queryParam,
  wholeBodies,
} from './hostile-inputs';
import { type OpenApi, type Target, targetsFrom } from './targets';

/**
 * Issue 10's fuzz test: every operation of `/api/openapi.json` (a new route is covered without editing
 * this file) called by every role, anonymously and with bad credentials, with generated hostile input —
 * ids past 32 bits, dates outside any calendar, NUL and lone surrogates, `__proto__`, 1e400, deep nesting,
 * truncated JSON, BOMs, invalid UTF-8, wrong types. It asserts: no 5xx, health stays ok, every refusal
 * is a 4xx with a `code`, input the desk must refuse is refused, and a refused request changes no row
 * (audit log included). FUZZ_SEED=n replays another sample; FUZZ_PER_OPERATION widens it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_205);
/** Requests per operation: two for each caller (anonymous, bad credentials, five roles), the rest as allowed roles. */
const PER_OPERATION = Number(process.env.FUZZ_PER_OPERATION ?? 38);
const HEALTH_EVERY = 100;

type Caller = { kind: 'anonymous' } | { kind: 'bad-credentials'; authorization: string } | { kind: Role };

interface HostileRequest {
  what: string;
  path?: [string, string];
  query?: [string, string][];
  field?: [string, string];
  body?: { bytes: string | Uint8Array; contentType?: string | null };
  alwaysBad: boolean;
}

function mutations(t: Target): fc.Arbitrary<HostileRequest> {
  const options: fc.Arbitrary<HostileRequest>[] = [];
  const paramNames = Object.keys(t.params);
  if (paramNames.length)
    options.push(
      fc
        .tuple(fc.constantFrom(...paramNames), fc.constantFrom(...pathSegments))
        .map(([name, seg]) => ({ what: `:${name}=${seg.slice(0, 24)}`, path: [name, seg], alwaysBad: true })),
    );
  options.push(
    fc.array(queryParam(t.documentedQuery), { minLength: 1, maxLength: 2 }).map((query) => ({
      what: `?${query.map(([k, v]) => `${k}=${v.slice(0, 60)}`).join('&')}`,
      query,
      alwaysBad: query.some(([k, v]) => alwaysBadQuery.has(v) || alwaysBadQuery.has(k)),
    })),
  );
  if (t.takesBody && t.body) {
    const fields = Object.keys(JSON.parse(t.body) as object);
    if (fields.length)
      options.push(
        fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...jsonFragments)).map(([field, f]) => ({
          what: `body.${field}=${f.raw.slice(0, 40)}`,
          field: [field, f.raw],
          alwaysBad: f.alwaysBad && t.readsBody,
        })),
      );
    const bodies = wholeBodies(t.body);
    options.push(
      fc.constantFrom(...bodies.keys()).map((i) => {
        const b = bodies[i]!;
        const shown = typeof b.bytes === 'string' ? b.bytes.slice(0, 40) : `bytes[${b.bytes.length}]`;
        return {
          what: `body=${JSON.stringify(shown)} (${b.contentType === undefined ? 'json' : b.contentType})`,
          body: b,
          alwaysBad: b.alwaysBad && t.readsBody,
        };
      }),
    );
    // Twice as likely: bodies are where most of the damage was done.
    options.push(options[options.length - 1]!);
  }
  return fc.oneof(...options);
}

function build(t: Target, h: HostileRequest): { url: string; init: RequestInit } {
  const path = t.template.replace(/:(\w+)/g, (_, name: string) =>
    h.path?.[0] === name ? h.path[1] : encodeURIComponent(t.params[name]!),
  );
  const query = [t.query, ...(h.query ?? []).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join('&');
  const headers: Record<string, string> = { ...t.headers };
  let body: string | Uint8Array | undefined = t.body;
  let contentType: string | null | undefined;
  if (h.field && t.body) {
    const marker = '"@@hostile@@"';
    body = JSON.stringify({ ...JSON.parse(t.body), [h.field[0]]: '@@hostile@@' }).replace(
      marker,
      () => h.field![1],
    );
  }
  if (h.body) {
    body = h.body.bytes;
    contentType = h.body.contentType;
  }
  if (body !== undefined && contentType !== null) headers['Content-Type'] = contentType ?? 'application/json';
  return { url: query ? `${path}?${query}` : path, init: { method: t.method, headers, body } };
}

describe('hostile requests against every operation of /api/openapi.json', () => {
  let rt: TestRuntime;
  let targets: Target[];
  let witness: DbWitness;
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Role, number>;

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    const fixtures = await buildFixtures(rt.database.db);
    const matrix = await loadMatrix(fixtures);
    const spec = (await (await rt.app.request('/api/openapi.json')).json()) as OpenApi;
    targets = await targetsFrom(spec, matrix, fixtures);
    const users = await rt.database.db.select().from(schema.users);
    for (const role of roles) {
      userIds[role] = users.find((u) => u.username === accounts[role])!.id;
      tokens[role] = await createSession(rt.database.db, userIds[role], 600);
    }
    // Bookkeeping a refusal may write: sessions, a key's last use, the audit row of a refused sign-in.
    witness = new DbWitness(rt.database.db, {
      tables: ['sessions', 'api_keys'],
      rows: { audit_log: "action like 'login.%'" },
    });
  }, 180_000);
  afterAll(() => rt?.close());

  it('answers ≥ 5,000 generated requests without a 5xx, a silent write or an uncoded refusal', async () => {
    const problems: string[] = [];
    let sent = 0;
    const started = Date.now();
    let stalls = 0;
    const health = async () => {
      let res = await rt.app.request('/api/health');
      if (res.status !== 200) {
        // A check can miss its 2 s budget on an overloaded machine; a frozen desk would not answer again.
        stalls++;
        await new Promise((r) => setTimeout(r, 2_000));
        res = await rt.app.request('/api/health');
      }
      if (res.status !== 200)
        problems.push(`health ${res.status} after ${sent} requests: ${await res.text()}`);
    };
    const verbose = Boolean(process.env.FUZZ_VERBOSE);
    for (const [i, t] of targets.entries()) {
      const opStarted = Date.now();
      const problemsBefore = problems.length;
      const callers: Caller[] = [
        { kind: 'anonymous' },
        { kind: 'bad-credentials', authorization: badAuthorization[i % badAuthorization.length]! },
        ...roles.map((r) => ({ kind: r })),
      ];
      const allowedCallers: Caller[] =
        t.allowed === 'public' ? [{ kind: 'anonymous' }] : t.allowed.map((r) => ({ kind: r }));
      const plan = [
        ...callers.flatMap((c) => [c, c]),
        ...Array.from(
          { length: PER_OPERATION - 2 * callers.length },
          (_, n) => allowedCallers[n % allowedCallers.length]!,
        ),
      ];
      const hostile = fc.sample(mutations(t), { seed: SEED + i, numRuns: plan.length });
      for (const [n, caller] of plan.entries()) {
        const h = hostile[n]!;
        const { url, init } = build(t, h);
        const headers = init.headers as Record<string, string>;
        if (caller.kind === 'bad-credentials') headers.Authorization = caller.authorization;
        else if (caller.kind !== 'anonymous')
          headers.Authorization = `Bearer ${
            t.freshSession
              ? await createSession(rt.database.db, userIds[caller.kind], 600)
              : tokens[caller.kind]
          }`;
        const before = await witness.mark();
        const res = await rt.app.request(url, init);
        sent++;
        // The live stream never ends: its status and headers are the answer.
        const streams = res.headers.get('Content-Type')?.includes('text/event-stream');
        const text = streams ? '' : await res.text();
        if (streams) await res.body?.cancel();
        const where = `${t.key} as ${caller.kind}, ${h.what} → ${res.status}`;
        if (res.status >= 500) problems.push(`${where} ${text.slice(0, 160)}`);
        else if (res.status >= 400) {
          let code: unknown;
          try {
            code = (JSON.parse(text) as { code?: unknown }).code;
          } catch {}
          if (typeof code !== 'string') problems.push(`${where} without a code: ${text.slice(0, 120)}`);
          const changed = await witness.writtenSince(before);
          if (changed.length) problems.push(`${where} yet wrote to ${changed.join(', ')}`);
        } else if (h.alwaysBad) problems.push(`${where}: accepted`);
        if (sent % HEALTH_EVERY === 0) await health();
      }
      if (verbose)
        console.info(
          `${t.key}: ${Date.now() - opStarted} ms`,
          problems.slice(problemsBefore, problemsBefore + 4),
        );
    }
    await health();
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz: ${sent} requests over ${targets.length} operations in ${seconds.toFixed(1)} s (seed ${SEED}, ${stalls} slow health checks)`,
    );
    expect(targets.length).toBeGreaterThan(100);
    expect(sent).toBeGreaterThanOrEqual(5000);
    expect(problems).toEqual([]);
  }, 600_000);
});
