import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { auditLog } from '../../schema';

export interface AuditFilter {
  entity?: string;
  entityId?: string | number;
  actorId?: number;
  actorName?: string;
  action?: string;
  departmentId?: number;
  from?: Date;
  to?: Date;
}

/** Read the append-only audit log, newest first (admin and reviewer; the route checks the role). */
export async function listAudit(db: Db, filter: AuditFilter, options: { offset: number; limit: number }) {
  const conditions: (SQL | undefined)[] = [
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId !== undefined ? eq(auditLog.entityId, String(filter.entityId)) : undefined,
    filter.actorId !== undefined ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.actorName ? eq(auditLog.actorName, filter.actorName) : undefined,
    filter.action
      ? sql`${auditLog.action} like ${`${filter.action.replace(/[\\%_]/g, '\\$&')}%`}`
      : undefined,
    filter.departmentId !== undefined ? eq(auditLog.departmentId, filter.departmentId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getAuditEntry(db: Db, id: number) {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
  return row;
}
