import { eq } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { CalendarOverrideCreate } from '../../../domain/deadline-policy';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { calendarOverrides } from '../../schema';
import { audited } from '../audit-log/append';
import { recomputeOpenDeadlines } from '../cases/update';
import type { CalendarOverrideRow } from './calendar';

export type CalendarChange = CalendarOverrideRow & { recomputed: { checked: number; moved: number } };

/**
 * An override and the deadlines it moves commit together: every open working-day deadline is recomputed
 * in the same transaction, and the one audit row tells how many moved.
 */
export function createCalendarOverride(
  db: Db,
  actor: AuditActor,
  input: CalendarOverrideCreate,
): Promise<CalendarChange> {
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx
      .insert(calendarOverrides)
      .values({ ...input, createdBy: actor.userId })
      .returning();
    const change = { ...row!, recomputed: await recomputeOpenDeadlines(tx) };
    await audit({ action: 'create', entity: 'calendar-overrides', entityId: row!.id, after: change });
    return change;
  });
}

export function deleteCalendarOverride(db: Db, actor: AuditActor, id: number): Promise<CalendarChange> {
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx.delete(calendarOverrides).where(eq(calendarOverrides.id, id)).returning();
    if (!row) throw new AppError('NOT_FOUND');
    const change = { ...row, recomputed: await recomputeOpenDeadlines(tx) };
    await audit({ action: 'delete', entity: 'calendar-overrides', entityId: id, before: row, after: change });
    return change;
  });
}
