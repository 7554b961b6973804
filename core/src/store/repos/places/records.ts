import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import {
  type PlaceCreate,
  type PlaceFilter,
  type PlaceUpdate,
  placeParentKinds,
} from '../../../domain/place';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { places } from '../../schema';
import { appendAudit } from '../audit-log';

export type PlaceRow = typeof places.$inferSelect;

/** Who changes the gazetteer and from where: the author of the change's audit row. */
export interface PlaceActor {
  userId: number | null;
  username: string | null;
  requestId: string | null;
  ip: string | null;
}

const SORTABLE = { id: places.id, name: places.name, kind: places.kind, parentId: places.parentId } as const;

function where(filter: PlaceFilter): SQL | undefined {
  const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
  const kinds = filter.kind === undefined ? undefined : [filter.kind].flat();
  const ids = filter.id === undefined ? undefined : [filter.id].flat();
  return and(
    like
      ? or(ilike(places.name, like), sql`array_to_string(${places.aliases}, ' ') ilike ${like}`)
      : undefined,
    kinds ? inArray(places.kind, kinds) : undefined,
    filter.parentId !== undefined ? eq(places.parentId, filter.parentId) : undefined,
    ids ? inArray(places.id, ids) : undefined,
  );
}

export async function listPlaces(
  db: Db,
  filter: PlaceFilter,
  page: { offset: number; limit: number; sort?: { field: string; order: 'asc' | 'desc' } },
) {
  const column = SORTABLE[(page.sort?.field ?? 'id') as keyof typeof SORTABLE] ?? places.id;
  const order = page.sort?.order === 'desc' ? sql`${column} desc` : asc(column);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(places)
      .where(where(filter))
      .orderBy(order, asc(places.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(places).where(where(filter)),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getPlace(db: Db, id: number): Promise<PlaceRow | undefined> {
  const [row] = await db.select().from(places).where(eq(places.id, id));
  return row;
}

const refuse = (zh: string, en: string, details: Record<string, unknown>) =>
  new AppError('BAD_REQUEST', { zh, en }, details);

/** A place must sit in a division its level allows (a street in a district, a road anywhere). */
async function checkParent(db: Db, kind: PlaceRow['kind'], parentId: number | null) {
  const parent = parentId === null ? null : await getPlace(db, parentId);
  if (parentId !== null && !parent)
    throw refuse('上级地点不存在', 'The parent place does not exist', { parentId });
  if (!placeParentKinds[kind].includes(parent?.kind ?? null))
    throw refuse('上级地点的层级不符', 'This kind of place cannot sit in that parent', {
      kind,
      parentKind: parent?.kind ?? null,
      allowed: placeParentKinds[kind],
    });
}

/** A division that changes level must still be a fit parent of the places inside it. */
async function checkChildren(db: Db, id: number, kind: PlaceRow['kind']) {
  const children = await db.select({ kind: places.kind }).from(places).where(eq(places.parentId, id));
  const misfit = children.find((c) => !placeParentKinds[c.kind].includes(kind));
  if (misfit)
    throw refuse('下级地点与新层级不符', 'Places inside would no longer fit this kind', {
      childKind: misfit.kind,
    });
}

const audit = (
  db: Db,
  actor: PlaceActor,
  change: { action: string; id: number; before?: unknown; after?: unknown },
) =>
  appendAudit(db, {
    actorId: actor.userId,
    actorName: actor.username,
    ip: actor.ip,
    requestId: actor.requestId,
    action: change.action,
    entity: 'places',
    entityId: change.id,
    before: change.before,
    after: change.after,
  });

/** Create a place with its audit row in one transaction. */
export function createPlace(db: Db, actor: PlaceActor, input: PlaceCreate): Promise<PlaceRow> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await checkParent(t, input.kind, input.parentId);
    const [row] = await t.insert(places).values(input).returning();
    await audit(t, actor, { action: 'create', id: row!.id, after: row });
    return row!;
  });
}

/** Change what is sent (a changed level or parent is checked against parent and children). */
export function updatePlace(db: Db, actor: PlaceActor, id: number, input: PlaceUpdate): Promise<PlaceRow> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [before] = await t.select().from(places).where(eq(places.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    const kind = input.kind ?? before.kind;
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (parentId === id)
      throw refuse('地点不能是自己的上级', 'A place cannot be its own parent', { parentId });
    await checkParent(t, kind, parentId);
    if (kind !== before.kind) await checkChildren(t, id, kind);
    const [row] = await t
      .update(places)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(places.id, id))
      .returning();
    await audit(t, actor, { action: 'update', id, before, after: row });
    return row!;
  });
}

/** Delete a place that has none inside it (those would lose their region). */
export function deletePlace(db: Db, actor: PlaceActor, id: number): Promise<PlaceRow> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [inside] = await t.select({ id: places.id }).from(places).where(eq(places.parentId, id)).limit(1);
    if (inside)
      throw new AppError(
        'CONFLICT',
        { zh: '该地点下还有下级地点，请先删除或移走', en: 'Places inside it must be deleted or moved first' },
        { childId: inside.id },
      );
    const [row] = await t.delete(places).where(eq(places.id, id)).returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(t, actor, { action: 'delete', id, before: row });
    return row;
  });
}
