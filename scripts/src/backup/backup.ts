import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDeskDatabase } from '../commands/database';
import type { Env } from '../env';
import { drizzleQuery, type TableChecksums, tableChecksums } from './checksums';
import { type Manifest, writeManifest } from './manifest';
import { pgDump } from './pg-tools';

/** The embedded engine is one process: the desk must be stopped (openDeskDatabase claims the folder). */
async function backupEmbedded(env: Env, dir: string): Promise<[Manifest['file'], TableChecksums]> {
  const database = await openDeskDatabase(env, 'desk backup');
  try {
    const tables = await tableChecksums(drizzleQuery(database.db));
    const tarball = await database.dumpDataDir!();
    writeFileSync(join(dir, 'database.tar.gz'), Buffer.from(await tarball.arrayBuffer()));
    return ['database.tar.gz', tables];
  } finally {
    await database.close();
  }
}

/** A running server: checksums and pg_dump read one exported snapshot, so both see the same rows. */
async function backupServer(url: string, dir: string): Promise<[Manifest['file'], TableChecksums]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const query = async <T>(text: string) => (await client.query(text)).rows as T[];
    const tables = await tableChecksums(query);
    await pgDump(url, join(dir, 'database.dump'), rows[0]!.id);
    return ['database.dump', tables];
  } finally {
    await client.query('rollback').catch(() => {});
    await client.end();
  }
}

/**
 * Back the desk's database up into `outDir` (new or empty): a PostgreSQL server with pg_dump (the desk
 * may keep running), the embedded PGlite with its own data-folder dump (stop the desk first). Redis
 * holds only queues and derived data; Meilisearch is rebuilt from the database on restore.
 */
export async function backupDatabase(env: Env, outDir: string): Promise<Manifest> {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length)
    throw new Error(`备份目录 ${dir} 不是空的 / the backup folder ${dir} is not empty; choose a new one`);
  const [file, tables] = env.DATABASE_URL
    ? await backupServer(env.DATABASE_URL, dir)
    : await backupEmbedded(env, dir);
  const manifest: Manifest = {
    format: 'opinion-desk-backup',
    version: 1,
    engine: env.DATABASE_URL ? 'postgres' : 'pglite',
    file,
    createdAt: new Date().toISOString(),
    tables,
  };
  writeManifest(dir, manifest);
  return manifest;
}
