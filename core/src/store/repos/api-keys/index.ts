import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiKey } from '../../../domain/intake';
import type { Db } from '../../db';
import { apiKeys } from '../../schema';
import { newSecret, sha256 } from '../../tokens';

const KEY_PREFIX = 'dk_';
const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

export const listApiKeys = (db: Db): Promise<ApiKey[]> =>
  db.select(columns).from(apiKeys).orderBy(desc(apiKeys.id));

/** Create a key: the secret is returned once; only its SHA-256 and a short prefix are stored. */
export async function createApiKey(
  db: Db,
  name: string,
  createdBy?: number,
): Promise<ApiKey & { key: string }> {
  const key = newSecret(KEY_PREFIX);
  const [row] = await db
    .insert(apiKeys)
    .values({ name, prefix: key.slice(0, KEY_PREFIX.length + 6), keyHash: sha256(key), createdBy })
    .returning(columns);
  return { ...row!, key };
}

export async function revokeApiKey(db: Db, id: number): Promise<ApiKey | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning(columns);
  return row;
}

/** The active key with this secret, or undefined; marks it used. */
export async function findActiveApiKey(db: Db, key: string): Promise<ApiKey | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt)))
    .returning(columns);
  return row;
}
