import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openDatabase } from '@desk/core/store';
import pg from 'pg';
import type { Env } from '../env';
import { differingTables, drizzleQuery, type TableChecksums, tableChecksums } from './checksums';
import { type Manifest, readManifest } from './manifest';
import { pgRestore } from './pg-tools';

const FORCE_HINT = 'add --force to replace it';

/**
 * The data-folder tarball of a backup, unpacked from gzip here: a damaged or cut-off file is refused
 * with a clear error before anything is moved (inside PGlite the same damage is an uncaught zlib error).
 */
function readEmbeddedDump(dir: string, manifest: Manifest): Blob {
  const file = join(dir, manifest.file);
  try {
    return new Blob([gunzipSync(readFileSync(file))]);
  } catch (error) {
    throw new Error(
      `备份的数据库文件已损坏或不完整 / the backup's database file is damaged or incomplete (${file}: ${(error as Error).message})`,
    );
  }
}

/** The folder is set aside (never deleted) when --force replaces an embedded database. */
async function restoreEmbedded(env: Env, dir: string, manifest: Manifest, force: boolean) {
  const template = readEmbeddedDump(dir, manifest);
  const dbDir = join(env.dataDir, 'db');
  let setAside: string | undefined;
  if (existsSync(dbDir) && readdirSync(dbDir).length) {
    if (!force)
      throw new Error(`${dbDir} 已有数据库 / already holds a database; ${FORCE_HINT} (it is kept aside)`);
    setAside = `${dbDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dbDir, setAside);
  }
  await (await openDatabase({ dataDir: dbDir, template })).close();
  return setAside;
}

async function restoreServer(url: string, dir: string, manifest: Manifest, force: boolean) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
    );
    if (rows[0]!.n > 0) {
      if (!force)
        throw new Error(`数据库不是空的 / the database is not empty; back it up first, then ${FORCE_HINT}`);
      await client.query(
        'drop schema if exists drizzle cascade; drop schema public cascade; create schema public',
      );
    }
  } finally {
    await client.end();
  }
  await pgRestore(url, join(dir, manifest.file));
}

/** Compare the restored tables with the manifest before anything else touches them, then migrate. */
async function verifyAndMigrate(env: Env, manifest: Manifest): Promise<TableChecksums> {
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : join(env.dataDir, 'db'),
    poolSize: 2,
  });
  try {
    const restored = await tableChecksums(drizzleQuery(database.db));
    const differing = differingTables(manifest.tables, restored);
    if (differing.length)
      throw new Error(
        `恢复后的数据与备份不一致 / restored data differs from the backup in: ${differing.join(', ')}`,
      );
    await database.migrate(); // a backup of an older desk is brought up to date
    return restored;
  } finally {
    await database.close();
  }
}

/**
 * Restore a backup made by `desk backup` into the configured database (the same engine): the embedded
 * data folder or a PostgreSQL server. A database that already has data is replaced only with `force`.
 * The result is checked table by table against the backup's checksums.
 */
export async function restoreDatabase(env: Env, fromDir: string, force: boolean) {
  const dir = resolve(fromDir);
  const manifest = readManifest(dir);
  const engine = env.DATABASE_URL ? 'postgres' : 'pglite';
  if (manifest.engine !== engine)
    throw new Error(
      `备份来自 ${manifest.engine}，当前配置为 ${engine} / the backup is of a ${manifest.engine} database, ` +
        `the desk is configured for ${engine} (${engine === 'pglite' ? 'set DATABASE_URL' : 'unset DATABASE_URL'})`,
    );
  const setAside = env.DATABASE_URL
    ? await restoreServer(env.DATABASE_URL, dir, manifest, force)
    : await restoreEmbedded(env, dir, manifest, force);
  const tables = await verifyAndMigrate(env, manifest);
  return { manifest, tables, setAside };
}
