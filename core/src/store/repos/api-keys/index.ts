import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { ApiKey } from '../../../domain/intake';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { apiKeys } from '../../schema';
import { newSecret, sha256 } from '../../tokens';
import { audited } from '../audit-log/append';

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

/** Create a key: the secret is returned once; only its SHA-256 and a short prefix are stored (and audited). */
export function createApiKey(db: Db, actor: AuditActor, name: string): Promise<ApiKey & { key: string }> {
  const key = newSecret(KEY_PREFIX);
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        name,
        prefix: key.slice(0, KEY_PREFIX.length + 6),
        keyHash: sha256(key),
        createdBy: actor.userId,
      })
      .returning(columns);
    await audit({ action: 'create', entity: 'api-keys', entityId: row!.id, after: row });
    return { ...row!, key };
  });
}

export function revokeApiKey(db: Db, actor: AuditActor, id: number): Promise<ApiKey> {
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning(columns);
    if (!row) throw new AppError('NOT_FOUND', { zh: '密钥不存在或已吊销', en: 'No such active key' });
    await audit({ action: 'revoke', entity: 'api-keys', entityId: id, after: row });
    return row;
  });
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
