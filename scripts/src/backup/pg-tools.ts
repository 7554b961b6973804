import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pgBin } from '../services/postgres';

const execFileAsync = promisify(execFile);

/** Run a PostgreSQL client tool (the newest installed: it must not be older than the server). */
async function run(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  await execFileAsync(pgBin(name), args, { maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
    if (error.code === 'ENOENT')
      throw new Error(`未找到 ${name} / ${name} not found: apt-get install -y postgresql-client`);
    throw new Error(`${name} 失败 / ${name} failed: ${error.stderr || error.message}`);
  });
}

/** The server's database in pg_dump's custom format, read from an exported snapshot. */
export const pgDump = (url: string, file: string, snapshot: string) =>
  run('pg_dump', [
    '--format=custom',
    '--no-owner',
    `--snapshot=${snapshot}`,
    '--file',
    file,
    '--dbname',
    url,
  ]);

/** Restore an archive into an empty database; ownership and grants stay those of the target server. */
export const pgRestore = (url: string, file: string) =>
  run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', url, file]);
