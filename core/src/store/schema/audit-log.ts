import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';

/**
 * Append-only trail of logins, changes, exports and personal-data views.
 * A trigger (see ../post-migrate.ts) refuses UPDATE and DELETE, so not even a bug can rewrite history.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: stamp('at').notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    departmentId: integer('department_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_at_idx').on(t.at),
    index('audit_department_idx').on(t.departmentId),
  ],
);
