import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { appendAudit } from './append';

export interface ExportRecord {
  resource: string;
  format: string;
  count: number;
  filter?: unknown;
  departmentId: number | null;
}

/** The desk builds exports in the browser from the scoped lists; each one is recorded with what and how many. */
export function recordExport(db: Db, actor: AuditActor, e: ExportRecord): Promise<void> {
  return appendAudit(db, actor, {
    action: 'export',
    entity: e.resource,
    departmentId: e.departmentId,
    after: { format: e.format, count: e.count, filter: e.filter },
  });
}

/** A report file leaves the desk: recorded before it is sent. */
export function recordReportDownload(db: Db, actor: AuditActor, report: string, filename: string) {
  return appendAudit(db, actor, {
    action: 'export',
    entity: 'reports',
    entityId: report,
    after: { filename },
  });
}
