import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureAdminBuilt } from '../../../scripts/src/admin-build';

const LOCK = join(tmpdir(), 'desk-admin-build.lock');
/** A lock older than this belongs to a run that died. */
const STALE_MS = 5 * 60_000;

/**
 * Build the admin once before desks start: test files run in parallel, and two `npm start`s building a
 * stale admin at the same time would empty each other's dist/. A directory is the cross-process lock.
 */
export async function buildAdminOnce(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  // The test runner sets NODE_ENV=test; the bundle npm start serves must be a production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    ensureAdminBuilt((line) => console.log(line));
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(LOCK, { recursive: true, force: true });
  }
}
