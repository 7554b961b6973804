import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { ShiftCreate, ShiftUpdate } from '../../../domain/duty';
import type { Db } from '../../db';
import { shifts, users } from '../../schema';
import { auditedTable } from '../audit-log/table';

export type ShiftRow = typeof shifts.$inferSelect;

export async function listShifts(db: Db, from?: Date, to?: Date) {
  const conditions = [];
  if (from) conditions.push(gt(shifts.endsAt, from));
  if (to) conditions.push(lte(shifts.startsAt, to));
  return db
    .select({ shift: shifts, displayName: users.displayName, username: users.username })
    .from(shifts)
    .innerJoin(users, eq(users.id, shifts.userId))
    .where(and(...conditions))
    .orderBy(asc(shifts.startsAt))
    .then((rows) => rows.map((r) => ({ ...r.shift, displayName: r.displayName, username: r.username })));
}

export async function getShift(db: Db, id: number): Promise<ShiftRow | undefined> {
  const [row] = await db.select().from(shifts).where(eq(shifts.id, id));
  return row;
}

const records = auditedTable(shifts, { entity: 'shifts' });

export const createShift = (db: Db, actor: AuditActor, input: ShiftCreate): Promise<ShiftRow> =>
  records.create(db, actor, input);

export const updateShift = (db: Db, actor: AuditActor, id: number, input: ShiftUpdate) =>
  records.update(db, actor, id, input);

export const deleteShift = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);

/** Who is on watch at a moment (the latest-starting shift covering it), with their e-mail. */
export async function onDutyAt(db: Db, at: Date) {
  const [row] = await db
    .select({
      shiftId: shifts.id,
      userId: shifts.userId,
      email: shifts.email,
      displayName: users.displayName,
    })
    .from(shifts)
    .innerJoin(users, eq(users.id, shifts.userId))
    .where(and(lte(shifts.startsAt, at), gt(shifts.endsAt, at)))
    .orderBy(desc(shifts.startsAt))
    .limit(1);
  return row ?? null;
}
