import type { CaseUpdate } from '@desk/core';
import { getCase, updateCase } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { userActor } from '../../middleware/audit';

/** `PUT /api/cases/:id`: correct facts (title, receipt date, severity, applicant, outcome, contact). */
export async function updateCaseRoute(c: Context<AppEnv>, id: number, input: CaseUpdate) {
  await updateCase(c.var.ctx.db, userActor(c), id, input);
  return c.json(await getCase(c.var.ctx.db, c.var.actor, id));
}
