import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { meta } from '../../schema';

export async function getMeta<T>(db: Db, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
  return row?.value as T | undefined;
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(meta)
    .values({ key, value })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: new Date() } });
}

export async function deleteMeta(db: Db, key: string): Promise<void> {
  await db.delete(meta).where(eq(meta.key, key));
}
