import { asc, desc, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { RoutingRuleCreate, RoutingRuleUpdate } from '../../../domain/routing-rule';
import type { Db } from '../../db';
import { departments, type RoutingRuleRow, routingRules } from '../../schema';
import { auditedTable } from '../audit-log/table';

export const listRoutingRules = (db: Db): Promise<RoutingRuleRow[]> =>
  db.select().from(routingRules).orderBy(desc(routingRules.priority), asc(routingRules.id));

export async function getRoutingRule(db: Db, id: number): Promise<RoutingRuleRow | undefined> {
  const [row] = await db.select().from(routingRules).where(eq(routingRules.id, id));
  return row;
}

const records = auditedTable(routingRules, { entity: 'routing-rules' });

export const createRoutingRule = (
  db: Db,
  actor: AuditActor,
  input: RoutingRuleCreate,
): Promise<RoutingRuleRow> => records.create(db, actor, input);

export const updateRoutingRule = (db: Db, actor: AuditActor, id: number, input: RoutingRuleUpdate) =>
  records.update(db, actor, id, input);

export const deleteRoutingRule = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);

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

export * from './propose';
export * from './similar';
