import { desc, eq, gte } from 'drizzle-orm';
import type { HandoverCreate } from '../../../domain/duty';
import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { handovers } from '../../schema';

export type HandoverRow = typeof handovers.$inferSelect;

export const listHandovers = (db: Db, since?: Date) =>
  db
    .select()
    .from(handovers)
    .where(since ? gte(handovers.createdAt, since) : undefined)
    .orderBy(desc(handovers.createdAt));

export async function getHandover(db: Db, id: number): Promise<HandoverRow | undefined> {
  const [row] = await db.select().from(handovers).where(eq(handovers.id, id));
  return row;
}

export async function createHandover(
  db: Db,
  input: HandoverCreate,
  fromUserId: number,
): Promise<HandoverRow> {
  const [row] = await db
    .insert(handovers)
    .values({ ...maskDeep(input), fromUserId })
    .returning();
  return row!;
}

/** The incoming officer confirms they took over; only once. */
export async function acknowledgeHandover(db: Db, id: number): Promise<HandoverRow | undefined> {
  const [row] = await db
    .update(handovers)
    .set({ acknowledgedAt: new Date() })
    .where(eq(handovers.id, id))
    .returning();
  return row;
}
