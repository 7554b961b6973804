import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Children of a desk that was killed with SIGKILL outlive it and keep their data locked.
 * Each child's pid is written to a file; the next start stops a leftover process first.
 */
export async function stopLeftover(pidFile: string, expectedName: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || !isRunning(pid)) return;
  const command = readCommand(pid);
  if (!command.includes(expectedName)) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

export function writePid(pidFile: string, pid: number | undefined): void {
  if (pid === undefined) return;
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, `${pid}\n`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readCommand(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
