import { createHash } from 'node:crypto';
import { type Db, findSessionUser } from '@desk/core/store';

/**
 * How long this process trusts a session it has looked up. A logout or a change of the account made
 * through this process ends the session here at once; on other replicas it ends within this time.
 */
export const SESSION_CACHE_MS = 5_000;
/** Beyond this many entries, expired ones are dropped (and all of them if none had expired). */
const MAX_ENTRIES = 10_000;

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;
interface Entry {
  user: SessionUser;
  until: number;
}

/** One cache per database, so every app of a process that shares a database shares its sessions. */
const caches = new WeakMap<Db, Map<string, Entry>>();
const cacheOf = (db: Db) => {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  return cache;
};
const keyOf = (token: string) => createHash('sha256').update(token).digest('base64');

function prune(cache: Map<string, Entry>, now: number) {
  for (const [key, entry] of cache) if (entry.until <= now) cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.clear();
}

/**
 * The active user behind a session token, read from the database at most once per SESSION_CACHE_MS
 * (the session's own expiry still applies to the minute). Unknown tokens are never cached.
 */
export async function sessionUser(db: Db, token: string): Promise<SessionUser | undefined> {
  const cache = cacheOf(db);
  const key = keyOf(token);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.user;
  const user = await findSessionUser(db, token);
  if (!user) {
    cache.delete(key);
    return undefined;
  }
  if (cache.size >= MAX_ENTRIES) prune(cache, now);
  cache.set(key, { user, until: Math.min(now + SESSION_CACHE_MS, user.expiresAt.getTime()) });
  return user;
}

/** Forget one session (logout). */
export function forgetSession(db: Db, token: string): void {
  cacheOf(db).delete(keyOf(token));
}

/** Forget every cached session of an account (its role, department, status or password changed). */
export function forgetUserSessions(db: Db, userId: number): void {
  const cache = cacheOf(db);
  for (const [key, entry] of cache) if (entry.user.id === userId) cache.delete(key);
}
