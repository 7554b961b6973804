import { asc, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { RiskRule, RiskRuleCreate, RiskRuleUpdate } from '../../../domain/risk-rule';
import type { Db } from '../../db';
import { type RiskRuleRow, riskRules } from '../../schema';
import { auditedTable } from '../audit-log/table';
import { getMeta, setMeta } from '../meta';
import { defaultRiskRules } from './defaults';

export { defaultRiskRules } from './defaults';

const SEEDED_KEY = 'risk-rules.seeded';

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

const records = auditedTable(riskRules, { entity: 'risk-rules' });

export async function createRiskRule(db: Db, actor: AuditActor, input: RiskRuleCreate) {
  await ensureDefaultRiskRules(db);
  return records.create(db, actor, { ...input, createdBy: actor.userId });
}

export const updateRiskRule = (db: Db, actor: AuditActor, id: number, input: RiskRuleUpdate) =>
  records.update(db, actor, id, input);

export const deleteRiskRule = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);
