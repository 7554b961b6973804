import { and, asc, count, desc, eq, isNotNull } from 'drizzle-orm';
import type { RoutingInput, RoutingProposal, RoutingRuleCreate } from '../../../domain/routing-rule';
import { proposeFromRules } from '../../../rules/routing';
import type { Db } from '../../db';
import { cases, departments, messages, type RoutingRuleRow, routingRules } from '../../schema';

export const listRoutingRules = (db: Db): Promise<RoutingRuleRow[]> =>
  db.select().from(routingRules).orderBy(desc(routingRules.priority), asc(routingRules.id));

export async function getRoutingRule(db: Db, id: number): Promise<RoutingRuleRow | undefined> {
  const [row] = await db.select().from(routingRules).where(eq(routingRules.id, id));
  return row;
}

export async function createRoutingRule(db: Db, input: RoutingRuleCreate): Promise<RoutingRuleRow> {
  const [row] = await db.insert(routingRules).values(input).returning();
  return row!;
}

export async function updateRoutingRule(db: Db, id: number, input: RoutingRuleCreate) {
  const [row] = await db
    .update(routingRules)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(routingRules.id, id))
    .returning();
  return row;
}

export async function deleteRoutingRule(db: Db, id: number): Promise<boolean> {
  return (
    (await db.delete(routingRules).where(eq(routingRules.id, id)).returning({ id: routingRules.id })).length >
    0
  );
}

/** Fewer past cases than this on a topic teach nothing reliable. */
const MIN_HISTORY = 3;

/** The department that most often led past cases of a topic, with how often. */
export async function historicalLead(db: Db, topic: string) {
  const [row] = await db
    .select({ departmentId: cases.leadDepartmentId, n: count() })
    .from(cases)
    .innerJoin(messages, eq(messages.id, cases.messageId))
    .where(and(eq(messages.topic, topic), isNotNull(cases.leadDepartmentId)))
    .groupBy(cases.leadDepartmentId)
    .orderBy(desc(count()))
    .limit(1);
  return row?.departmentId && row.n >= MIN_HISTORY ? { departmentId: row.departmentId, cases: row.n } : null;
}

/**
 * The proposed lead department of a new case: the best matching routing rule, else the department that
 * led most past cases of the same topic. The reason is shown to the duty officer.
 */
export async function proposeDepartment(db: Db, input: RoutingInput): Promise<RoutingProposal | null> {
  const rules = (await listRoutingRules(db)).filter((r) => r.active);
  const byRule = proposeFromRules(rules, input);
  if (byRule) return byRule;
  if (!input.topic) return null;
  const history = await historicalLead(db, input.topic);
  if (!history) return null;
  const [dept] = await db
    .select({ active: departments.active })
    .from(departments)
    .where(eq(departments.id, history.departmentId));
  if (!dept?.active) return null;
  return {
    departmentId: history.departmentId,
    basis: 'history',
    reason: {
      zh: `以往${history.cases}件“${input.topic}”类工单由该部门主办`,
      en: `led ${history.cases} past cases on "${input.topic}"`,
    },
  };
}

/** Demo routing: each seeded category to the department that usually answers it (by department code). */
const demoRouting: [topic: string, departmentCode: string][] = [
  ['城乡建设', 'housing'],
  ['环境保护', 'environment'],
  ['交通运输', 'transport'],
  ['教育文体', 'edu'],
  ['劳动和社会保障', 'hrss'],
  ['商贸旅游', 'market'],
  ['卫生计生', 'health'],
];

/** Seed the demo's routing rules once (only when the demo departments exist and no rule does). */
export async function seedDemoRoutingRules(db: Db): Promise<number> {
  if ((await listRoutingRules(db)).length) return 0;
  const codes = new Map(
    (await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [
      d.code,
      d.id,
    ]),
  );
  const rows = demoRouting
    .filter(([, code]) => codes.has(code))
    .map(([topic, code]) => ({ name: `${topic}类`, departmentId: codes.get(code)!, topic }));
  if (rows.length) await db.insert(routingRules).values(rows);
  return rows.length;
}
