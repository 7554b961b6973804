import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { postgresAvailable } from './postgres';

/** What `npm test` needs beyond npm, by Debian package: the PostgreSQL server, Chromium and a CJK font. */
export interface TestTool {
  package: string;
  present(): boolean;
}

const hasChineseFont = (): boolean => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false; // no fontconfig: no font either
  }
};

export const testTools = (chromiumPath: string): TestTool[] => [
  { package: 'postgresql', present: postgresAvailable },
  { package: 'chromium', present: () => existsSync(chromiumPath) },
  { package: 'fonts-wqy-microhei', present: hasChineseFont },
];

/**
 * Before the test run: install what is missing as root on Debian/Ubuntu (as `npm start` installs
 * Redis), otherwise stop with the exact command. Nothing is skipped for a missing tool: a browser
 * test that does not run would pass unseen.
 */
export function ensureTestTools(chromiumPath: string, log: (line: string) => void): void {
  const missing = () => testTools(chromiumPath).filter((t) => !t.present());
  let lacking = missing();
  if (lacking.length === 0) return;
  const packages = lacking.map((t) => t.package);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log(`npm test 缺少 ${packages.join(' ')}，正在用 apt-get 安装 / missing, installing with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    lacking = missing();
    if (lacking.length === 0) return;
  }
  const command = `sudo apt-get install -y ${lacking.map((t) => t.package).join(' ')}`;
  throw new Error(
    `npm test 缺少所需软件 / npm test is missing what it needs: ${lacking.map((t) => t.package).join(', ')}. Install: ${command}${lacking.some((t) => t.package === 'chromium') ? ' (or set CHROMIUM_PATH)' : ''}`,
  );
}
