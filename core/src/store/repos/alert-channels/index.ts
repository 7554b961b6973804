import { eq } from 'drizzle-orm';
import type { AlertChannelCreate } from '../../../domain/alert';
import type { Db } from '../../db';
import { alertChannels, alertDeliveries } from '../../schema';

export type AlertChannelRow = typeof alertChannels.$inferSelect;

export const listAlertChannels = (db: Db): Promise<AlertChannelRow[]> =>
  db.select().from(alertChannels).orderBy(alertChannels.id);

export async function createAlertChannel(db: Db, input: AlertChannelCreate): Promise<AlertChannelRow> {
  const [row] = await db.insert(alertChannels).values(input).returning();
  return row!;
}

export async function updateAlertChannel(db: Db, id: number, input: AlertChannelCreate) {
  const [row] = await db.update(alertChannels).set(input).where(eq(alertChannels.id, id)).returning();
  return row;
}

export async function deleteAlertChannel(db: Db, id: number): Promise<boolean> {
  return (
    (await db.delete(alertChannels).where(eq(alertChannels.id, id)).returning({ id: alertChannels.id }))
      .length > 0
  );
}

export async function recordDelivery(db: Db, delivery: typeof alertDeliveries.$inferInsert): Promise<void> {
  await db.insert(alertDeliveries).values(delivery);
}

export const deliveriesOf = (db: Db, alertId: number) =>
  db.select().from(alertDeliveries).where(eq(alertDeliveries.alertId, alertId)).orderBy(alertDeliveries.id);
