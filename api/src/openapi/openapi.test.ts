import { createTestRuntime, type Json, type TestRuntime } from '@desk/tests/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Hono paths `/api/cases/:id` → OpenAPI `/api/cases/{id}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

describe('/api/openapi.json and /api/docs', () => {
  let rt: TestRuntime;
  let spec: Json;
  beforeAll(async () => {
    rt = await createTestRuntime({ seed: false });
    const res = await rt.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    spec = (await res.json()) as Json;
  });
  afterAll(() => rt?.close());

  it('describes every API route of the real app, other engineers’ routes included', () => {
    const routes = rt.app.routes.filter(
      (r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL',
    );
    const missing = routes
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`)
      .filter((key) => {
        const [method, path] = key.split(' ') as [string, string];
        return !spec.paths[path]?.[method];
      });
    expect(missing).toEqual([]);
    expect(Object.keys(spec.paths).length).toBeGreaterThan(40);
  });

  it('carries request schemas from the validators and marks which routes need a session', () => {
    const create = spec.paths['/api/cases'].post;
    expect(create.requestBody.content['application/json'].schema).toBeTruthy();
    expect(JSON.stringify(create.requestBody)).toContain('disclosure');
    expect(create.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(spec.paths['/api/public/responses.json'].get.security).toEqual([]);
    const act = spec.paths['/api/cases/{id}/actions/{action}'].post;
    expect(act.summary).toContain('INVALID_TRANSITION');
    // Each action's body, from its one definition in core (caseActionDefinitions).
    const bodies = JSON.stringify(act.requestBody.content['application/json'].schema);
    for (const action of ['assign', 'extend', 'follow-up']) expect(bodies).toContain(`"title":"${action}"`);
    expect(bodies).toContain('workingDays');
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('gives every operation a real summary in Chinese and English, never its own path', () => {
    const poor: string[] = [];
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>))
      for (const [method, op] of Object.entries(item)) {
        const summary = String(op.summary ?? '');
        const key = `${method.toUpperCase()} ${path}`;
        if (
          summary === key ||
          summary.includes('/api/') ||
          !/\p{Script=Han}/u.test(summary) ||
          !/ · [A-Z]/.test(summary)
        )
          poor.push(`${key} → ${summary}`);
      }
    expect(poor).toEqual([]);
    expect(spec.paths['/api/cases'].get.summary).toMatch(/^工单列表.* · List cases/);
  });

  it('serves Swagger UI and its bundle itself, with no third-party origin in the content policy', async () => {
    const res = await rt.app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/openapi.json');
    expect(html).not.toContain('cdn.jsdelivr.net');
    expect(res.headers.get('Content-Security-Policy')).not.toMatch(/https?:/);
    const bundle = await rt.app.request('/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('Content-Type')).toContain('javascript');
    expect((await rt.app.request('/api/docs/assets/swagger-ui-dist/package.json')).status).toBe(404);
    const other = await rt.app.request('/api/health');
    expect(other.headers.get('Content-Security-Policy')).toContain("script-src 'self';");
  });
});
