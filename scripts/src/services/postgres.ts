import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type Child, exitedEarly, spawnChild } from './child';
import { waitFor } from './ports';

/** Debian keeps the server binaries out of PATH. */
export function pgBin(name: string): string {
  for (const version of ['17', '16', '15']) {
    const candidate = `/usr/lib/postgresql/${version}/bin/${name}`;
    if (existsSync(candidate)) return candidate;
  }
  return name;
}

export const postgresAvailable = (): boolean => existsSync(pgBin('postgres'));

/** initdb and postgres refuse to run as root: run them as the postgres user then. */
function serviceUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: ids('-u'), gid: ids('-g') };
}

/**
 * A throwaway PostgreSQL cluster (tests and benchmarks): initdb in `dir`, server on `port`. `url`
 * reaches it over TCP; `socketUrl` over its Unix socket in `dir`, the cheaper way on the same machine.
 */
export async function startPostgres(
  dir: string,
  port: number,
): Promise<{ url: string; socketUrl: string; child: Child }> {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const user = serviceUser();
  if (user) chownSync(dir, user.uid, user.gid);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const args = ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'];
    execFileSync(pgBin('initdb'), args, { stdio: 'ignore', ...user });
  }
  const args = ['-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'fsync=off', '-c', 'max_connections=200');
  // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
  const child = spawnChild(
    'postgres',
    pgBin('postgres'),
    args,
    join(dir, 'postgres.log'),
    { ...user },
    'SIGINT',
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const ready = async () => {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } finally {
      await client.end().catch(() => {});
    }
  };
  await Promise.race([waitFor('postgres', ready, 60_000, 200), exitedEarly(child)]);
  const socketUrl = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
  return { url, socketUrl, child };
}
