import { eq } from 'drizzle-orm';
import type { AlertChannelCreate, AlertChannelUpdate } from '../../../domain/alert';
import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { alertChannels, alertDeliveries } from '../../schema';
import { auditedTable } from '../audit-log/table';

export type AlertChannelRow = typeof alertChannels.$inferSelect;

export const listAlertChannels = (db: Db): Promise<AlertChannelRow[]> =>
  db.select().from(alertChannels).orderBy(alertChannels.id);

const records = auditedTable(alertChannels, { entity: 'alert-channels' });

export const createAlertChannel = (
  db: Db,
  actor: AuditActor,
  input: AlertChannelCreate,
): Promise<AlertChannelRow> => records.create(db, actor, input);

export const updateAlertChannel = (db: Db, actor: AuditActor, id: number, input: AlertChannelUpdate) =>
  records.update(db, actor, id, input);

export const deleteAlertChannel = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);

export async function recordDelivery(db: Db, delivery: typeof alertDeliveries.$inferInsert): Promise<void> {
  await db.insert(alertDeliveries).values(delivery);
}

export const deliveriesOf = (db: Db, alertId: number) =>
  db.select().from(alertDeliveries).where(eq(alertDeliveries.alertId, alertId)).orderBy(alertDeliveries.id);
