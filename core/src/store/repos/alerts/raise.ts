import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db';
import { alerts } from '../../schema';

export type AlertInput = typeof alerts.$inferInsert;
export type Alert = typeof alerts.$inferSelect;

/**
 * Raise an alert unless an unacknowledged one with the same `dedupeKey` is open.
 * Returns the new alert, or undefined when it was a repeat. Delivery (SSE, robots, e-mail) is the
 * caller's concern: the API's stream and the notifiers read new rows.
 */
export async function raiseAlert(db: Db, input: AlertInput): Promise<Alert | undefined> {
  if (input.dedupeKey) {
    const [open] = await db
      .select({ id: alerts.id })
      .from(alerts)
      .where(and(eq(alerts.dedupeKey, input.dedupeKey), isNull(alerts.acknowledgedAt)));
    if (open) return undefined;
  }
  const [row] = await db.insert(alerts).values(input).returning();
  return row;
}
