import { join } from 'node:path';
import { type Database, openDatabase } from '@desk/core/store';
import type { Env } from '../env';

/** Open the database the desk uses (PGlite under DESK_DATA_DIR, or DATABASE_URL) and migrate it. */
export async function openDeskDatabase(env: Env): Promise<Database> {
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.embedded ? join(env.dataDir, 'db') : undefined,
  });
  await database.migrate();
  return database;
}
