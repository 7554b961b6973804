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

/**
 * Only one process may use a data folder's embedded database and children at a time: two PGlite
 * engines on one folder corrupt it. Claim the folder (run/desk.pid) or say who holds it.
 * Returns a release function.
 */
export function claimDataDir(dataDir: string, what: string): () => void {
  const pidFile = `${dataDir}/run/desk.pid`;
  if (existsSync(pidFile)) {
    const line = readFileSync(pidFile, 'utf8').trim();
    const pid = Number(line.split(' ')[0]);
    const holder = line.slice(line.indexOf(' ') + 1) || 'desk';
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `数据目录 ${dataDir} 正被进程 ${pid} (${holder}) 使用，请先停止它 / ` +
          `the data folder is in use by process ${pid} (${holder}); stop it first, or use DATABASE_URL for a shared server.`,
      );
    }
  }
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, `${process.pid} ${what}\n`);
  return () => {
    if (existsSync(pidFile) && readFileSync(pidFile, 'utf8').startsWith(`${process.pid} `)) rmSync(pidFile);
  };
}
