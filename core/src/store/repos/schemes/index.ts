import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { SchemeCreate, SchemeRule, SchemeUpdate } from '../../../domain/scheme';
import type { Db } from '../../db';
import { type SchemeRow, schemeHits, schemes } from '../../schema';
import { auditedTable } from '../audit-log/table';

export const listSchemes = (db: Db): Promise<SchemeRow[]> =>
  db.select().from(schemes).orderBy(asc(schemes.id));

export async function getScheme(db: Db, id: number): Promise<SchemeRow | undefined> {
  const [row] = await db.select().from(schemes).where(eq(schemes.id, id));
  return row;
}

const records = auditedTable(schemes, { entity: 'schemes' });

export const createScheme = (db: Db, actor: AuditActor, input: SchemeCreate): Promise<SchemeRow> =>
  records.create(db, actor, { ...input, createdBy: actor.userId });

export const updateScheme = (db: Db, actor: AuditActor, id: number, input: SchemeUpdate) =>
  records.update(db, actor, id, input);

export const deleteScheme = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);

/** Active schemes in the shape the matcher takes. */
export async function activeSchemeRules(
  db: Db,
): Promise<(SchemeRule & { name: string; alertThreshold: number })[]> {
  return db.select().from(schemes).where(eq(schemes.active, true)).orderBy(asc(schemes.id));
}

/** Record hits (idempotent: a message hits a scheme once). */
export async function recordSchemeHits(
  db: Db,
  hits: { schemeId: number; messageId: number }[],
): Promise<void> {
  if (hits.length) await db.insert(schemeHits).values(hits).onConflictDoNothing();
}

/** Hits of the given schemes since a time, per scheme. */
export async function schemeHitCounts(
  db: Db,
  schemeIds: number[],
  since: Date,
): Promise<Map<number, number>> {
  if (!schemeIds.length) return new Map();
  const rows = await db
    .select({ schemeId: schemeHits.schemeId, n: count() })
    .from(schemeHits)
    .where(and(inArray(schemeHits.schemeId, schemeIds), gte(schemeHits.matchedAt, since)))
    .groupBy(schemeHits.schemeId);
  return new Map(rows.map((r) => [r.schemeId, r.n]));
}

/** Hit counts over time (buckets of an hour or a day) for a scheme's chart. */
export async function schemeHitSeries(db: Db, schemeId: number, bucket: 'hour' | 'day', since: Date) {
  const at = sql<string>`date_trunc('${sql.raw(bucket)}', ${schemeHits.matchedAt})`;
  const rows = await db
    .select({ at, n: count() })
    .from(schemeHits)
    .where(and(eq(schemeHits.schemeId, schemeId), gte(schemeHits.matchedAt, since)))
    .groupBy(at)
    .orderBy(at);
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), count: r.n }));
}

/** Total hits per scheme (all time), for the scheme list. */
export async function schemeTotals(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .select({ schemeId: schemeHits.schemeId, n: count() })
    .from(schemeHits)
    .groupBy(schemeHits.schemeId);
  return new Map(rows.map((r) => [r.schemeId, r.n]));
}

/** Message ids a scheme hit, newest first. */
export async function schemeMessageIds(
  db: Db,
  schemeId: number,
  limit: number,
  offset: number,
): Promise<number[]> {
  const rows = await db
    .select({ id: schemeHits.messageId })
    .from(schemeHits)
    .where(eq(schemeHits.schemeId, schemeId))
    .orderBy(sql`${schemeHits.matchedAt} desc`)
    .limit(limit)
    .offset(offset);
  return rows.map((r) => r.id);
}
