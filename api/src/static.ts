import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/** Serve the built admin at `/`, with index.html for client-side routes; hashed assets are cached for a year. */
export function serveAdmin(app: Hono<AppEnv>, dist: string | undefined): void {
  const indexFile = dist ? join(dist, 'index.html') : undefined;
  if (!dist || !indexFile || !existsSync(indexFile)) {
    app.get('/', (c) => c.text('Opinion Desk API. The admin is not built: npm run build:admin', 200));
    return;
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root: dist }));
  const html = readFileSync(indexFile, 'utf8');
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
}
