import type { CaseUpdate } from '@desk/core';
import { getCase, updateCase } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { audit } from '../../middleware/audit';

/** `PUT /api/cases/:id`: correct facts (title, receipt date, severity, applicant, outcome, contact). */
export async function updateCaseRoute(c: Context<AppEnv>, id: number, input: CaseUpdate) {
  const { db } = c.var.ctx;
  const { before, after } = await updateCase(db, c.var.actor, id, input);
  const changed = Object.keys(input).filter((k) => k !== 'contact');
  const pick = (row: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, row[k]]));
  await audit(c, {
    action: 'update',
    entity: 'cases',
    entityId: id,
    departmentId: after.leadDepartmentId,
    before: {
      ...pick(before),
      dueAt: before.dueAt,
      ...(input.contact !== undefined ? { contact: before.contactMasked } : {}),
    },
    after: {
      ...pick(after),
      dueAt: after.dueAt,
      ...(input.contact !== undefined ? { contact: after.contactMasked } : {}),
    },
  });
  return c.json(await getCase(db, c.var.actor, id));
}
