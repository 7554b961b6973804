import { join } from 'node:path';
import { type Database, openDatabase } from '@desk/core/store';
import type { Env } from '../env';
import { claimDataDir } from '../services/pidfile';

/** Open the database the desk uses (PGlite under DESK_DATA_DIR, or DATABASE_URL) and migrate it. */
export async function openDeskDatabase(env: Env, command = 'desk command'): Promise<Database> {
  // The embedded engine allows one process per folder: refuse while the desk (or another command) has it.
  const release = env.embedded ? claimDataDir(env.dataDir, command) : () => {};
  try {
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.embedded ? join(env.dataDir, 'db') : undefined,
    });
    await database.migrate();
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
