import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const adminDir = fileURLToPath(new URL('../../admin', import.meta.url));
export const adminDist = join(adminDir, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Build the admin when its bundle is missing or older than its sources (a fresh clone has no dist/). */
export function ensureAdminBuilt(log: (line: string) => void): void {
  const index = join(adminDist, 'index.html');
  const sources = [join(adminDir, 'src'), join(adminDir, 'index.html')];
  const sourceTime = Math.max(
    ...sources.map((s) => (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs)),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sourceTime) return;
  log('正在构建管理界面 / Building the admin (vite build) …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: adminDir, stdio: 'inherit' });
}
