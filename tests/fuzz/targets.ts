import type { Role } from '@desk/core';
import type { Fixtures } from '../../api/src/authz-matrix/fixtures';
import type { Matrix } from '../../api/src/authz-matrix/types';

/** One operation of `/api/openapi.json` with a valid call of it (from the authorization matrix). */
export interface Target {
  /** "METHOD /api/path/:param", as Hono and the matrix name it. */
  key: string;
  method: string;
  /** The path with `:params`. */
  template: string;
  params: Record<string, string>;
  query: string;
  /** A valid body as JSON text, if the operation takes one. */
  body?: string;
  headers: Record<string, string>;
  documentedQuery: string[];
  takesBody: boolean;
  /** The description names a request body, so the route reads (and must refuse a bad) one. */
  readsBody: boolean;
  /** The roles the matrix allows (or 'public'). */
  allowed: Role[] | 'public';
  freshSession: boolean;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
export interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation the API describes; a route the matrix does not know is called with made-up values. */
export async function targetsFrom(spec: OpenApi, matrix: Matrix, fixtures: Fixtures): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [openPath, ops] of Object.entries(spec.paths)) {
    if (!openPath.startsWith('/api/')) continue;
    const template = openPath.replace(/\{(\w+)\}/g, ':$1');
    for (const method of METHODS) {
      const op = ops[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${template}`;
      const entry = matrix[key];
      const params = entry?.params ? await entry.params(fixtures, 'own') : {};
      const names = [...template.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const query = !entry?.query
        ? ''
        : typeof entry.query === 'function'
          ? await entry.query(fixtures, 'own')
          : entry.query;
      const body = !entry?.body
        ? undefined
        : typeof entry.body === 'function'
          ? await entry.body(fixtures, 'own')
          : entry.body;
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const takesBody = Boolean(op.requestBody) || body !== undefined;
      const made =
        body ??
        (bodySchema?.properties
          ? Object.fromEntries(Object.keys(bodySchema.properties).map((k) => [k, 'x']))
          : {});
      targets.push({
        key,
        method: method.toUpperCase(),
        template,
        params: Object.fromEntries(names.map((n) => [n, String(params[n] ?? '1')])),
        query,
        body: takesBody ? JSON.stringify(made) : undefined,
        headers: entry?.headers ? await entry.headers(fixtures) : {},
        documentedQuery: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        takesBody,
        readsBody: Boolean(op.requestBody),
        allowed: !entry
          ? ['admin']
          : entry.access === 'public'
            ? 'public'
            : (Object.entries(entry.access)
                .filter(([, a]) => a !== 'deny')
                .map(([r]) => r) as Role[]),
        freshSession: Boolean(entry?.freshSession),
      });
    }
  }
  return targets;
}
