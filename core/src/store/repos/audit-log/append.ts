import type { AuditActor } from '../../../domain/audit';
import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { auditLog } from '../../schema';

/** What changed: one audit row per change, its author and origin come from the actor. */
export interface AuditChange {
  action: string;
  entity: string;
  entityId?: string | number | null;
  departmentId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit row of a change inside the transaction that makes the change. */
export type Audit = (change: AuditChange) => Promise<void>;

/** Details (before / after) are stored with personal data masked: the log is read by reviewers too. */
export async function appendAudit(db: Db, actor: AuditActor, change: AuditChange): Promise<void> {
  await db.insert(auditLog).values({
    action: change.action,
    entity: change.entity,
    entityId: change.entityId == null ? null : String(change.entityId),
    departmentId: change.departmentId ?? null,
    before: maskDeep(change.before ?? null),
    after: maskDeep(change.after ?? null),
    actorId: actor.userId,
    actorName: actor.username,
    ip: actor.ip,
    requestId: actor.requestId,
  });
}

/**
 * Runs a change and writes its audit row in one transaction: when the row cannot be written the change
 * is undone, so no change is ever without its trail.
 */
export function audited<T>(
  db: Db,
  actor: AuditActor,
  work: (tx: Db, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    return work(t, (change) => appendAudit(t, actor, change));
  });
}
