import { and, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db';
import { alerts } from '../../schema';
import type { Alert } from './raise';

export interface AlertListFilter {
  open?: boolean;
  level?: string;
  kind?: string;
  eventId?: number;
}

/** Scope null = every alert; a department id = only alerts addressed to that department. */
function conditions(filter: AlertListFilter, scope: number | null): SQL | undefined {
  const where: SQL[] = [];
  if (scope !== null) where.push(eq(alerts.departmentId, scope));
  if (filter.open === true) where.push(isNull(alerts.acknowledgedAt));
  if (filter.open === false) where.push(isNotNull(alerts.acknowledgedAt));
  if (filter.level) where.push(eq(alerts.level, filter.level as Alert['level']));
  if (filter.kind) where.push(eq(alerts.kind, filter.kind as Alert['kind']));
  if (filter.eventId) where.push(eq(alerts.eventId, filter.eventId));
  return and(...where);
}

export async function listAlerts(
  db: Db,
  filter: AlertListFilter,
  scope: number | null,
  page: { offset: number; limit: number },
) {
  const where = conditions(filter, scope);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(alerts)
      .where(where)
      .orderBy(desc(alerts.createdAt), desc(alerts.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(alerts).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function getAlert(db: Db, id: number, scope: number | null): Promise<Alert | undefined> {
  const [row] = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.id, id), conditions({}, scope)));
  return row;
}

/** Acknowledge an open alert; undefined when it was already acknowledged (nothing changes). */
export async function acknowledgeAlert(db: Db, id: number, userId: number): Promise<Alert | undefined> {
  const [row] = await db
    .update(alerts)
    .set({ acknowledgedAt: new Date(), acknowledgedBy: userId })
    .where(and(eq(alerts.id, id), isNull(alerts.acknowledgedAt)))
    .returning();
  return row;
}
