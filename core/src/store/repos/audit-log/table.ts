import { eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditActor } from '../../../domain/audit';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { audited } from './append';

type TableWithId = PgTable & { id: PgColumn };

export interface AuditedTableOptions<Row, View> {
  /** The resource name, as the API path: the audit rows' `entity`. */
  entity: string;
  /** What callers and the audit row see of a record (secrets and internals left out). */
  view?: (row: Row) => View;
}

/**
 * Create, update and delete of a table whose records change as a whole, each with its audit row
 * (`create` / `update` / `delete`, before and after) in the same transaction; an unknown id is NOT_FOUND.
 */
export function auditedTable<T extends TableWithId, View = T['$inferSelect']>(
  table: T,
  options: AuditedTableOptions<T['$inferSelect'], View>,
) {
  type Row = T['$inferSelect'];
  const { entity } = options;
  const view = options.view ?? ((row: Row) => row as unknown as View);
  const stampsUpdates = 'updatedAt' in getTableColumns(table);
  const byId = (id: number) => eq(table.id, id);

  return {
    create: (db: Db, actor: AuditActor, values: T['$inferInsert']): Promise<View> =>
      audited(db, actor, async (tx, audit) => {
        const [row] = (await tx
          .insert(table)
          .values(values as never)
          .returning()) as Row[];
        const after = view(row!);
        await audit({ action: 'create', entity, entityId: (row as { id: number }).id, after });
        return after;
      }),

    update: (db: Db, actor: AuditActor, id: number, values: Partial<T['$inferInsert']>) =>
      audited(db, actor, async (tx, audit): Promise<View> => {
        const [before] = (await tx
          .select()
          .from(table as PgTable)
          .where(byId(id))
          .for('update')) as Row[];
        if (!before) throw new AppError('NOT_FOUND');
        // An update that sends nothing (`{}`) changes nothing and leaves no audit row.
        if (Object.values(values).every((v) => v === undefined)) return view(before);
        const set = stampsUpdates ? { ...values, updatedAt: new Date() } : values;
        const [row] = (await tx
          .update(table)
          .set(set as never)
          .where(byId(id))
          .returning()) as Row[];
        const after = view(row!);
        await audit({ action: 'update', entity, entityId: id, before: view(before), after });
        return after;
      }),

    remove: (db: Db, actor: AuditActor, id: number) =>
      audited(db, actor, async (tx, audit): Promise<View> => {
        const [row] = (await tx.delete(table).where(byId(id)).returning()) as Row[];
        if (!row) throw new AppError('NOT_FOUND');
        const before = view(row);
        await audit({ action: 'delete', entity, entityId: id, before });
        return before;
      }),
  };
}
