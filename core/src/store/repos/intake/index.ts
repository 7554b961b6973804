import { sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { intakeReservations } from '../../schema';

/**
 * The message id for a portal inquiry: a new one, or — for an `externalId` this source already sent —
 * the one promised before. One upsert on the unique (source, externalId) pair, so parallel re-sends
 * get one id; `created` tells the single caller that must queue the inquiry.
 */
export async function reserveInquiryId(
  db: Db,
  sourceId: number,
  externalId: string,
): Promise<{ messageId: number; created: boolean }> {
  const [row] = await db
    .insert(intakeReservations)
    .values({ sourceId, externalId, messageId: sql`nextval(pg_get_serial_sequence('messages', 'id'))` })
    // A no-op update, so the existing row comes back (DO NOTHING returns nothing on conflict).
    .onConflictDoUpdate({
      target: [intakeReservations.sourceId, intakeReservations.externalId],
      set: { externalId: sql`excluded.external_id` },
    })
    .returning({ messageId: intakeReservations.messageId, created: sql<boolean>`(xmax = 0)` });
  return { messageId: row!.messageId, created: row!.created === true };
}
