import { asc, eq } from 'drizzle-orm';
import type { CaseType, Severity } from '../../../domain/case';
import type {
  DeadlinePolicy,
  DeadlinePolicyCreate,
  DeadlinePolicyUpdate,
} from '../../../domain/deadline-policy';
import { defaultDeadlinePolicies } from '../../../rules/deadline-policies';
import type { Db } from '../../db';
import { deadlinePolicies } from '../../schema';
import { getMeta, setMeta } from '../meta';

const SEEDED_KEY = 'deadline-policies-seeded';

const toPolicy = (row: typeof deadlinePolicies.$inferSelect): DeadlinePolicy => ({
  id: row.id,
  jurisdiction: row.jurisdiction,
  caseType: row.caseType as CaseType,
  severity: row.severity as Severity | null,
  unit: row.unit,
  targets: row.targets,
  maxExtensions: row.maxExtensions,
  maxExtensionAmount: row.maxExtensionAmount,
  notifyLeader: row.notifyLeader,
  label: row.label,
  basis: row.basis,
  active: row.active,
});

/**
 * Insert the statutory defaults once per database (production too, not only the demo); a marker
 * keeps an administrator's deletions deleted.
 */
export async function ensureDefaultPolicies(db: Db): Promise<void> {
  if (await getMeta(db, SEEDED_KEY)) return;
  await db.transaction(async (tx) => {
    await tx.insert(deadlinePolicies).values(defaultDeadlinePolicies);
    await setMeta(tx as unknown as Db, SEEDED_KEY, { at: new Date().toISOString() });
  });
}

export async function listPolicies(db: Db): Promise<DeadlinePolicy[]> {
  await ensureDefaultPolicies(db);
  const rows = await db.select().from(deadlinePolicies).orderBy(asc(deadlinePolicies.id));
  return rows.map(toPolicy);
}

export async function getPolicy(db: Db, id: number): Promise<DeadlinePolicy | undefined> {
  const [row] = await db.select().from(deadlinePolicies).where(eq(deadlinePolicies.id, id));
  return row && toPolicy(row);
}

export async function createPolicy(db: Db, input: DeadlinePolicyCreate): Promise<DeadlinePolicy> {
  await ensureDefaultPolicies(db);
  const [row] = await db.insert(deadlinePolicies).values(input).returning();
  return toPolicy(row!);
}

export async function updatePolicy(
  db: Db,
  id: number,
  input: DeadlinePolicyUpdate,
): Promise<DeadlinePolicy | undefined> {
  const [row] = await db
    .update(deadlinePolicies)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(deadlinePolicies.id, id))
    .returning();
  return row && toPolicy(row);
}

export async function deletePolicy(db: Db, id: number): Promise<DeadlinePolicy | undefined> {
  const [row] = await db.delete(deadlinePolicies).where(eq(deadlinePolicies.id, id)).returning();
  return row && toPolicy(row);
}
