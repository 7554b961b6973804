import { desc, eq, sql } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { LegalChallengeCreate } from '../../../domain/disclosure';
import type { Db } from '../../db';
import { legalChallenges } from '../../schema';
import { auditedTable } from '../audit-log/table';

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

const records = auditedTable(legalChallenges, { entity: 'legal-challenges' });

export const createLegalChallenge = (db: Db, actor: AuditActor, input: LegalChallengeCreate) =>
  records.create(db, actor, { ...input, createdBy: actor.userId });

export const updateLegalChallenge = (
  db: Db,
  actor: AuditActor,
  id: number,
  input: Partial<LegalChallengeRow>,
) => records.update(db, actor, id, input);
