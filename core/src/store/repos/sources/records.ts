import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import {
  feedSourceTypes,
  type Source,
  type SourceCreate,
  type SourceUpdate,
  scheduledSourceTypes,
  sourceHealth,
} from '../../../domain/source';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { sources } from '../../schema';
import { audited } from '../audit-log/append';

export type SourceRow = typeof sources.$inferSelect;

/** The API shape of a source: no HTTP validators, with its health computed. */
export function toSource(row: SourceRow, now = new Date()): Source {
  const {
    etag: _e,
    lastModified: _l,
    apiKeyId: _a,
    nextPullAt: _n,
    createdBy: _c,
    updatedAt: _u,
    deletedAt: _d,
    ...rest
  } = row;
  return {
    ...rest,
    mapping: row.mapping ?? null,
    html: row.html ?? null,
    sitemap: row.sitemap ?? null,
    health: sourceHealth(row, now),
  };
}

const live = isNull(sources.deletedAt);

export const listSources = (db: Db): Promise<SourceRow[]> =>
  db.select().from(sources).where(live).orderBy(asc(sources.id));

export async function getSource(db: Db, id: number): Promise<SourceRow | undefined> {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, id), live));
  return row;
}

async function refuseDuplicateName(db: Db, name: string, exceptId?: number) {
  const [same] = await db.select({ id: sources.id }).from(sources).where(eq(sources.name, name));
  if (same && same.id !== exceptId)
    throw new AppError('CONFLICT', { zh: '来源名称已存在', en: 'A source with this name exists' });
}

/**
 * Create a pulled source. Its first pull is enqueued by the caller, so the schedule starts one interval
 * later (`pullSourceSoon` if that enqueue failed).
 */
export function createSource(db: Db, actor: AuditActor, input: SourceCreate): Promise<SourceRow> {
  return audited(db, actor, async (tx, audit) => {
    await refuseDuplicateName(tx, input.name);
    const [row] = await tx
      .insert(sources)
      .values({
        ...input,
        encoding: input.encoding ?? null,
        mapping: 'mapping' in input ? (input.mapping ?? null) : null,
        html: 'html' in input ? input.html : null,
        sitemap: 'sitemap' in input ? (input.sitemap ?? null) : null,
        createdBy: actor.userId,
        nextPullAt: new Date(Date.now() + input.intervalSeconds * 1_000),
      })
      .returning();
    await audit({ action: 'create', entity: 'sources', entityId: row!.id, after: toSource(row!) });
    return row!;
  });
}

/** An administrator asks for a pull now: `enqueue` (the queue is the API's) runs inside the audited change. */
export function recordSourcePull(db: Db, actor: AuditActor, id: number, enqueue: () => Promise<void>) {
  return audited(db, actor, async (tx, audit) => {
    if (!(await getSource(tx, id))) throw new AppError('NOT_FOUND');
    await audit({ action: 'pull', entity: 'sources', entityId: id });
    await enqueue();
  });
}

/** Let the scheduler pull a source at its next tick. */
export async function pullSourceSoon(db: Db, id: number): Promise<void> {
  await db.update(sources).set({ nextPullAt: new Date() }).where(eq(sources.id, id));
}

/** Which settings belong to which type: a JSON mapping to a feed, selectors to html, options to sitemap. */
const settingsOf = { mapping: feedSourceTypes, html: ['html'], sitemap: ['sitemap'] } as const;

function refuseForeignSettings(type: string, patch: SourceUpdate) {
  for (const [key, types] of Object.entries(settingsOf))
    if (patch[key as keyof typeof settingsOf] != null && !(types as readonly string[]).includes(type))
      throw new AppError('BAD_REQUEST', {
        zh: `${type} 类型的信息源没有 ${key} 设置`,
        en: `A ${type} source has no ${key} settings`,
      });
}

export function updateSource(db: Db, actor: AuditActor, id: number, patch: SourceUpdate): Promise<SourceRow> {
  return audited(db, actor, async (tx, audit) => {
    const before = await getSource(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    refuseForeignSettings(before.type, patch);
    if (patch.name) await refuseDuplicateName(tx, patch.name, id);
    const changesFetch = (['url', 'encoding', 'mapping', 'html', 'sitemap'] as const).some(
      (key) => patch[key] !== undefined,
    );
    const [row] = await tx
      .update(sources)
      .set({
        ...patch,
        updatedAt: new Date(),
        // A new URL, decoding or reading must not be answered "304 not modified" from the old one.
        ...(changesFetch ? { etag: null, lastModified: null, nextPullAt: new Date() } : {}),
      })
      .where(and(eq(sources.id, id), live))
      .returning();
    const after = toSource(row!);
    await audit({ action: 'update', entity: 'sources', entityId: id, before: toSource(before), after });
    return row!;
  });
}

/** Sources are referenced by their messages, so "delete" disables and hides them; returns the source as it was. */
export function deleteSource(db: Db, actor: AuditActor, id: number): Promise<SourceRow> {
  return audited(db, actor, async (tx, audit) => {
    const before = await getSource(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await tx
      .update(sources)
      .set({ enabled: false, deletedAt: new Date(), name: sql`${sources.name} || ' #' || ${sources.id}` })
      .where(and(eq(sources.id, id), live));
    await audit({ action: 'delete', entity: 'sources', entityId: id, before: toSource(before) });
    return before;
  });
}

/** Find or create a built-in source (portal key, import, demo, pasted links) by name. */
export async function ensureSource(
  db: Db,
  input: { name: string; type: SourceRow['type']; apiKeyId?: number; intervalSeconds?: number },
): Promise<SourceRow> {
  const where = input.apiKeyId ? eq(sources.apiKeyId, input.apiKeyId) : eq(sources.name, input.name);
  const [found] = await db.select().from(sources).where(where);
  if (found) return found;
  await db.insert(sources).values(input).onConflictDoNothing();
  const [row] = await db.select().from(sources).where(where);
  return row!;
}

/** Pulled sources due now; their next pull is pushed forward in the same statement (claimed). */
export async function claimDueSources(db: Db, now = new Date()): Promise<SourceRow[]> {
  return db
    .update(sources)
    .set({
      nextPullAt: sql`${now.toISOString()}::timestamptz + make_interval(secs => ${sources.intervalSeconds})`,
    })
    .where(
      and(
        live,
        eq(sources.enabled, true),
        inArray(sources.type, [...scheduledSourceTypes]),
        or(isNull(sources.nextPullAt), lte(sources.nextPullAt, now)),
      ),
    )
    .returning();
}

export interface FetchOutcome {
  ok: boolean;
  newItems?: number;
  error?: string;
  etag?: string | null;
  lastModified?: string | null;
}

/** Record one pull in the source's health columns. */
export async function recordFetch(
  db: Db,
  id: number,
  outcome: FetchOutcome,
  at = new Date(),
): Promise<SourceRow | undefined> {
  const set: Partial<typeof sources.$inferInsert> & Record<string, unknown> = { lastFetchAt: at };
  if (outcome.ok) {
    Object.assign(set, { lastSuccessAt: at, consecutiveFailures: 0, lastError: null });
    if (outcome.etag !== undefined) set.etag = outcome.etag;
    if (outcome.lastModified !== undefined) set.lastModified = outcome.lastModified;
  } else {
    Object.assign(set, {
      consecutiveFailures: sql`${sources.consecutiveFailures} + 1`,
      lastError: outcome.error?.slice(0, 1_000) ?? 'unknown error',
      lastErrorAt: at,
    });
  }
  const [row] = await db.update(sources).set(set).where(eq(sources.id, id)).returning();
  return row;
}

/** Count new messages stored for sources (by the store stage) and stamp their last new item. */
export async function recordNewItems(db: Db, counts: Map<number, number>, at = new Date()): Promise<void> {
  for (const [id, n] of counts) {
    if (n <= 0) continue;
    await db
      .update(sources)
      .set({ itemsTotal: sql`${sources.itemsTotal} + ${n}`, lastNewItemAt: at })
      .where(eq(sources.id, id));
  }
}
