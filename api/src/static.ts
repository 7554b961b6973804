import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/** Vite names every bundled file after its content, so a file under /assets/ never changes. */
const HASHED = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is checked again on each visit, so a new build is seen at once. */
const REVALIDATE = 'no-cache';

/**
 * Serve the built admin at `/`, with index.html for client-side routes. The build writes brotli and gzip
 * copies beside each text asset (admin/vite.config.ts); they are sent as they are when the browser accepts
 * them (`Content-Encoding`, `Vary: Accept-Encoding`). Hashed assets are cached for a year.
 */
export function serveAdmin(app: Hono<AppEnv>, dist: string | undefined): void {
  const indexFile = dist ? join(dist, 'index.html') : undefined;
  if (!dist || !indexFile || !existsSync(indexFile)) {
    app.get('/', (c) => c.text('Opinion Desk API. The admin is not built: npm run build:admin', 200));
    return;
  }
  app.use('/*', async (c, next) => {
    await next();
    if (c.res.ok && !c.req.path.startsWith('/api/'))
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? HASHED : REVALIDATE);
  });
  app.use('/*', serveStatic({ root: dist, precompressed: true }));
  const html = readFileSync(indexFile, 'utf8');
  app.get('*', (c) => c.html(html));
}
