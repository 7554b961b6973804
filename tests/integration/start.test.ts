import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, portInUse, waitFor } from '@desk/scripts/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Desk {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Start the desk exactly as `npm start` does, on a free port with its own data folder. */
function startDesk(port: number, dataDir: string): Desk {
  let output = '';
  const child = spawn('npx', ['tsx', 'scripts/src/start.ts'], {
    // The year of demo history is started and checked by tests/e2e/demo-history.test.ts; here it would
    // only add its half minute of seeding to both starts.
    env: {
      ...process.env,
      PORT: String(port),
      DESK_DATA_DIR: dataDir,
      DESK_DEMO: '1',
      DESK_DEMO_HISTORY: '0',
      LOG_LEVEL: 'info',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

const healthy = (port: number) => async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'desk-start-'));
    port = await freePort();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the desk with embedded services, serves the admin and lets duty log in; Ctrl-C leaves no child', async () => {
    const desk = startDesk(port, dataDir);
    await waitFor('desk health', healthy(port), 180_000, 250);
    expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toEqual({
      status: 'ok',
      checks: { db: 'ok', redis: 'ok', meilisearch: 'ok' },
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('<div id="root">');
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'duty', password: 'desk-demo' }),
    });
    expect(login.status).toBe(200);
    expect(desk.output()).toContain('desk-demo');

    const childPids = ['redis.pid', 'meilisearch.pid'].map((f) =>
      Number(readFileSync(join(dataDir, 'run', f), 'utf8').trim()),
    );
    expect(childPids.every(pidAlive)).toBe(true);
    process.kill(-desk.process.pid!, 'SIGINT');
    await desk.exited;
    await waitFor('children to stop', async () => !childPids.some(pidAlive), 15_000);
    expect(await portInUse(port)).toBe(false);
  }, 300_000);

  it('reuses its data on a second start without seeding again, and names a busy port', async () => {
    const desk = startDesk(port, dataDir);
    await waitFor('desk health', healthy(port), 180_000, 250);
    expect(desk.output()).not.toContain('demo departments and accounts seeded');

    const busyDir = mkdtempSync(join(tmpdir(), 'desk-start-busy-'));
    const second = startDesk(port, busyDir);
    expect(await second.exited).toBe(1);
    rmSync(busyDir, { recursive: true, force: true });

    // The same data folder on another port: refused, so two PGlite engines never share a folder.
    const twin = startDesk(await freePort(), dataDir);
    expect(await twin.exited).toBe(1);
    expect(twin.output()).toMatch(/data folder is in use by process \d+ \(npm start\)/);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true);
    expect(second.output()).toMatch(new RegExp(`Port ${port} is already in use`));

    const childPids = ['redis.pid', 'meilisearch.pid'].map((f) =>
      Number(readFileSync(join(dataDir, 'run', f), 'utf8').trim()),
    );
    process.kill(-desk.process.pid!, 'SIGTERM');
    await desk.exited;
    await waitFor('children to stop', async () => !childPids.some(pidAlive), 15_000);
  }, 300_000);
});
