import { maskDeep } from '../../../text/pii';
import type { Db } from '../../db';
import { auditLog } from '../../schema';

export interface AuditEntry {
  actorId?: number | null;
  actorName?: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  departmentId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

/** Details (before / after) are stored with personal data masked: the log is read by reviewers too. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...entry,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: maskDeep(entry.before ?? null),
    after: maskDeep(entry.after ?? null),
  });
}
