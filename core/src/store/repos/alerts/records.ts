import { and, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { ManualAlert } from '../../../domain/alert';
import type { UserActor } from '../../../domain/audit';
import { AppError } from '../../../errors';
import { departmentScope } from '../../../rules/access';
import type { Db } from '../../db';
import { alerts } from '../../schema';
import { audited } from '../audit-log/append';
import { type Alert, raiseAlert } from './raise';

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

const alreadyAcknowledged = () =>
  new AppError('INVALID_TRANSITION', { zh: '该预警已确认', en: 'Alert already acknowledged' });

/** Acknowledge an open alert the actor may see; an alert is acknowledged once. */
export function acknowledgeAlert(db: Db, actor: UserActor, id: number): Promise<Alert> {
  return audited(db, actor, async (tx, audit) => {
    const [before] = await tx
      .select()
      .from(alerts)
      .where(and(eq(alerts.id, id), conditions({}, departmentScope(actor))))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.acknowledgedAt) throw alreadyAcknowledged();
    const [row] = await tx
      .update(alerts)
      .set({ acknowledgedAt: new Date(), acknowledgedBy: actor.id })
      .where(and(eq(alerts.id, id), isNull(alerts.acknowledgedAt)))
      .returning();
    if (!row) throw alreadyAcknowledged();
    await audit({
      action: 'acknowledge',
      entity: 'alerts',
      entityId: id,
      departmentId: row.departmentId,
      before,
      after: row,
    });
    return row;
  });
}

/** An alert raised by hand on the desk; a repeat of an open one (same dedupe key) is a conflict. */
export function raiseManualAlert(db: Db, actor: UserActor, input: ManualAlert): Promise<Alert> {
  return audited(db, actor, async (tx, audit) => {
    const row = await raiseAlert(tx, { ...input, kind: 'manual', detail: { by: actor.username } });
    if (!row) throw new AppError('CONFLICT');
    await audit({
      action: 'create',
      entity: 'alerts',
      entityId: row.id,
      departmentId: row.departmentId,
      after: row,
    });
    return row;
  });
}
