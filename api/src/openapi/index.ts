import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '@desk/core';
import { swaggerUI } from '@hono/swagger-ui';
import type { Hono, MiddlewareHandler } from 'hono';
import { generateSpecs } from 'hono-openapi';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { AppEnv } from '../context';
import { operationSummary } from './summaries';

/** Paths anyone may call (no session): everything else needs a bearer token or the session cookie. */
const PUBLIC_PATHS = [
  /^\/api\/health/,
  /^\/api\/auth\/login$/,
  /^\/api\/public\//,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs$/,
];
const API_KEY_PATHS = [/^\/api\/intake\//];

const errorBody: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  required: ['code', 'message', 'requestId'],
  properties: {
    code: { type: 'string', description: 'AppError code, e.g. FORBIDDEN, NOT_FOUND, INVALID_TRANSITION' },
    message: { type: 'string' },
    requestId: { type: 'string' },
    details: { description: 'validation issues, allowed actions, …' },
  },
};
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

type Operation = Record<string, unknown> & { responses?: Record<string, unknown> };

/** Tag, summary, security and the shared error responses for every operation. */
function decorate(path: string, method: string, op: Operation): Operation {
  const key = `${method.toUpperCase()} ${path}`;
  const isPublic = PUBLIC_PATHS.some((p) => p.test(path));
  const usesKey = API_KEY_PATHS.some((p) => p.test(path));
  const tag = path.split('/')[2] ?? 'api';
  return {
    ...op,
    tags: (op.tags as string[] | undefined) ?? [tag],
    summary: (op.summary as string | undefined) ?? operationSummary(method, path) ?? key,
    security: isPublic ? [] : usesKey ? [{ apiKey: [] }] : [{ bearer: [] }, { cookie: [] }],
    responses: {
      ...(op.responses ?? {}),
      ...(isPublic || usesKey
        ? {}
        : { 401: errorResponse('Not signed in'), 403: errorResponse('Role or department not allowed') }),
      '4XX': errorResponse('Error body { code, message, requestId, details? }'),
    },
  };
}

export async function buildOpenApiDocument(app: Hono<AppEnv>) {
  const spec = await generateSpecs(app, {
    documentation: {
      info: {
        title: '舆情回应工作台 Opinion Desk API',
        version: '1.0.0',
        description:
          'react-admin simple-rest resources; lists take filter / range / sort and answer with Content-Range.',
      },
      components: {
        schemas: { Error: errorBody },
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'desk_session' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
    },
    includeEmptyPaths: true,
    // Our .json / .rss / .xlsx / .docx endpoints are operations, not static files.
    excludeStaticFile: false,
    exclude: [/\*/, /^(?!\/api\/)/],
  });
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    paths[path] = Object.fromEntries(
      Object.entries(item as Record<string, Operation>).map(([method, op]) => [
        method,
        decorate(path, method, op),
      ]),
    );
  }
  return { ...spec, paths };
}

/** Swagger UI starts with an inline script: allow exactly that on /api/docs (its assets are served by us). */
export const docsContentSecurity: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  );
};

/** Swagger UI's bundle comes from the swagger-ui-dist package, so the docs work on a machine without internet. */
const DOCS_ASSETS = '/api/docs/assets';
const swaggerAssets = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;
const swaggerDist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** `GET /api/openapi.json` (built once from the real routes) and `GET /api/docs` (Swagger UI). */
export function registerOpenApi(app: Hono<AppEnv>): void {
  let document: Promise<unknown> | undefined;
  app.get('/api/openapi.json', async (c) => {
    document ??= buildOpenApiDocument(app);
    return c.json(await document);
  });
  app.get(`${DOCS_ASSETS}/swagger-ui-dist/:file`, (c) => {
    const file = c.req.param('file');
    if (!Object.hasOwn(swaggerAssets, file)) throw new AppError('NOT_FOUND');
    c.header('Content-Type', swaggerAssets[file as keyof typeof swaggerAssets]);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(readFileSync(join(swaggerDist, file)));
  });
  app.get(
    '/api/docs',
    swaggerUI({ url: '/api/openapi.json', title: '舆情回应工作台 API', baseUrl: DOCS_ASSETS }),
  );
}
