import { desc, eq, sql } from 'drizzle-orm';
import type { LegalChallengeCreate } from '../../../domain/disclosure';
import type { Db } from '../../db';
import { legalChallenges } from '../../schema';

export type LegalChallengeRow = typeof legalChallenges.$inferSelect;

export async function listLegalChallenges(db: Db, options: { offset: number; limit: number }) {
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(legalChallenges)
      .orderBy(desc(legalChallenges.filedAt))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(legalChallenges),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getLegalChallenge(db: Db, id: number) {
  const [row] = await db.select().from(legalChallenges).where(eq(legalChallenges.id, id));
  return row;
}

export async function createLegalChallenge(db: Db, input: LegalChallengeCreate, createdBy: number) {
  const [row] = await db
    .insert(legalChallenges)
    .values({ ...input, createdBy })
    .returning();
  return row!;
}

export async function updateLegalChallenge(db: Db, id: number, input: Partial<LegalChallengeRow>) {
  const [row] = await db
    .update(legalChallenges)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(legalChallenges.id, id))
    .returning();
  return row;
}
