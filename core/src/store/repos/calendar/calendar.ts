import { asc, eq } from 'drizzle-orm';
import { WorkCalendar } from '../../../calendar/calendar';
import type { Db } from '../../db';
import { calendarOverrides } from '../../schema';

export type CalendarOverrideRow = typeof calendarOverrides.$inferSelect;

export const listCalendarOverrides = (db: Db): Promise<CalendarOverrideRow[]> =>
  db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date));

/**
 * The calendar as it stands now: official days plus every override. Read fresh on each write path (the
 * table is tiny), so API replicas never compute a deadline with a stale calendar.
 */
export async function loadCalendar(db: Db): Promise<WorkCalendar> {
  const overrides = await listCalendarOverrides(db);
  return new WorkCalendar(overrides.map((o) => ({ date: o.date, kind: o.kind, name: o.name, note: o.note })));
}

export async function getCalendarOverride(db: Db, id: number): Promise<CalendarOverrideRow | undefined> {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.id, id));
  return row;
}
