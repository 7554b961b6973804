import { asc, eq } from 'drizzle-orm';
import type { RiskRule, RiskRuleCreate, RiskRuleUpdate } from '../../../domain/risk-rule';
import type { Db } from '../../db';
import { type RiskRuleRow, riskRules } from '../../schema';
import { type AuditEntry, appendAudit } from '../audit-log';
import { getMeta, setMeta } from '../meta';
import { defaultRiskRules } from './defaults';

export { defaultRiskRules } from './defaults';

const SEEDED_KEY = 'risk-rules.seeded';
/** Who changes a rule and from where; the audit row is written in the change's transaction. */
export type RiskRuleActor = Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'before' | 'after'>;

/** The shipped rules, once per database; a marker keeps an administrator's deletions deleted. */
export async function ensureDefaultRiskRules(db: Db): Promise<void> {
  if (await getMeta(db, SEEDED_KEY)) return;
  await db.transaction(async (tx) => {
    await tx.insert(riskRules).values(defaultRiskRules).onConflictDoNothing();
    await setMeta(tx as unknown as Db, SEEDED_KEY, { at: new Date().toISOString() });
  });
}

export async function listRiskRules(db: Db): Promise<RiskRuleRow[]> {
  await ensureDefaultRiskRules(db);
  return db.select().from(riskRules).orderBy(asc(riskRules.id));
}

export async function getRiskRule(db: Db, id: number): Promise<RiskRuleRow | undefined> {
  const [row] = await db.select().from(riskRules).where(eq(riskRules.id, id));
  return row;
}

/** Active rules in the shape the matcher takes. */
export async function activeRiskRules(db: Db): Promise<RiskRule[]> {
  await ensureDefaultRiskRules(db);
  return db
    .select({
      id: riskRules.id,
      name: riskRules.name,
      level: riskRules.level,
      words: riskRules.words,
      excludeWords: riskRules.excludeWords,
    })
    .from(riskRules)
    .where(eq(riskRules.active, true))
    .orderBy(asc(riskRules.id));
}

export async function createRiskRule(db: Db, input: RiskRuleCreate, actor: RiskRuleActor) {
  await ensureDefaultRiskRules(db);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(riskRules)
      .values({ ...input, createdBy: actor.actorId ?? null })
      .returning();
    await appendAudit(tx as unknown as Db, {
      ...actor,
      action: 'create',
      entity: 'risk-rules',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

export async function updateRiskRule(db: Db, id: number, input: RiskRuleUpdate, actor: RiskRuleActor) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(riskRules).where(eq(riskRules.id, id)).for('update');
    if (!before) return undefined;
    const [row] = await tx
      .update(riskRules)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(riskRules.id, id))
      .returning();
    await appendAudit(tx as unknown as Db, {
      ...actor,
      action: 'update',
      entity: 'risk-rules',
      entityId: id,
      before,
      after: row,
    });
    return row;
  });
}

export async function deleteRiskRule(db: Db, id: number, actor: RiskRuleActor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(riskRules).where(eq(riskRules.id, id)).returning();
    if (!before) return false;
    await appendAudit(tx as unknown as Db, {
      ...actor,
      action: 'delete',
      entity: 'risk-rules',
      entityId: id,
      before,
    });
    return true;
  });
}
