import { desc, eq, gte } from 'drizzle-orm';
import type { UserActor } from '../../../domain/audit';
import type { HandoverCreate } from '../../../domain/duty';
import { AppError } from '../../../errors';
import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { handovers } from '../../schema';
import { audited } from '../audit-log/append';
import { auditedTable } from '../audit-log/table';

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

const records = auditedTable(handovers, { entity: 'handovers' });

/** The outgoing officer (the actor) passes on their shift; the summary is stored with personal data masked. */
export const createHandover = (db: Db, actor: UserActor, input: HandoverCreate) =>
  records.create(db, actor, { ...maskDeep(input), fromUserId: actor.userId });

/** The incoming officer (or an administrator) confirms they took over; only once. */
export function acknowledgeHandover(db: Db, actor: UserActor, id: number): Promise<HandoverRow> {
  return audited(db, actor, async (tx, audit) => {
    const [before] = await tx.select().from(handovers).where(eq(handovers.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.acknowledgedAt) throw new AppError('INVALID_TRANSITION');
    if (before.toUserId && before.toUserId !== actor.id && actor.role !== 'admin')
      throw new AppError('FORBIDDEN');
    const [row] = await tx
      .update(handovers)
      .set({ acknowledgedAt: new Date() })
      .where(eq(handovers.id, id))
      .returning();
    await audit({ action: 'acknowledge', entity: 'handovers', entityId: id, before, after: row });
    return row!;
  });
}
