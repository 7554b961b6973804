import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '@desk/scripts/services';
import { buildAdminOnce } from './admin-build';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A fresh desk takes ~6 s to start; building a stale admin and a cold machine can take much longer. */
const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

export interface RunningDesk {
  url: string;
  dataDir: string;
  /** Everything the desk printed, for the failure message of a test. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment of `npm start`, minus what the test runner set (its services, NODE_ENV=test, …). */
function deskEnv(port: number, dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const inherited = /^(PATH|HOME|USER|LANG|LC_.*|TMPDIR|TZ|SHELL|npm_config_cache)$/;
  for (const [key, value] of Object.entries(process.env)) if (inherited.test(key)) env[key] = value;
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DESK_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // The demo's year of history only where a test asks for it (DESK_DEMO_HISTORY: '1'): starts stay quick.
    DESK_DEMO_HISTORY: '0',
    ...extra,
  };
}

/**
 * Start the desk exactly as `npm start` does (scripts/src/start.ts: admin build if stale, Redis and
 * Meilisearch children, embedded PGlite, demo seed) on a free port with a temporary data dir, and wait
 * for /api/health. `stop()` ends the whole process group and removes the data.
 */
export async function startDesk(extraEnv: Record<string, string> = {}): Promise<RunningDesk> {
  await buildAdminOnce();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const child = spawn('npx', ['tsx', 'scripts/src/start.ts'], {
    cwd: repoRoot,
    env: deskEnv(port, dataDir, extraEnv),
    detached: true, // its own process group, so stop() reaches Redis and Meilisearch too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const desk: RunningDesk = { url, dataDir, output: () => log, stop: () => stopGroup(child, dataDir) };
  // A desk that exits (a broken start) fails at once rather than after the whole timeout.
  let gone = false;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      gone = true;
      reject(new Error(`the desk exited with code ${code}`));
    }),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([
      waitFor('the desk', async () => gone || (await fetch(`${url}/api/health`)).ok, START_TIMEOUT_MS, 250),
      exited,
    ]);
  } catch (error) {
    await desk.stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n--- desk output ---\n${log}`);
  }
  return desk;
}

async function stopGroup(child: ChildProcess, dataDir: string): Promise<void> {
  const pid = child.pid;
  if (pid && child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(pid, 'SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS));
    if ((await Promise.race([exited, timer])) === 'timeout') signalGroup(pid, 'SIGKILL');
  }
  // Children (Redis, Meilisearch) are in the same group; give them a moment after the launcher exits.
  signalGroup(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
