import { AppError, CaseActionSchema } from '@desk/core';
import { applyCaseAction } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { readJsonBody } from '../../http/json-input';
import { audit } from '../../middleware/audit';
import { caseActor } from './case-actor';
import { auditFacts } from './params';

/**
 * `POST /api/cases/:id/actions/:action`: one transition of the state machine. Returns the updated case
 * (with dueAt, dueExplanation and allowedActions); 409 INVALID_TRANSITION lists the allowed actions.
 */
export async function caseActionRoute(c: Context<AppEnv>, id: number, actionName: string) {
  const action = CaseActionSchema.safeParse(actionName);
  if (!action.success) {
    throw new AppError(
      'NOT_FOUND',
      { zh: '没有这个操作', en: `Unknown action "${actionName}"` },
      { actions: CaseActionSchema.options },
    );
  }
  // A body that cannot be read is a 400: taking it as {} once closed cases and lost their notes.
  const payload = await readJsonBody(c);
  const result = await applyCaseAction(c.var.ctx.db, {
    id,
    actor: await caseActor(c),
    action: action.data,
    payload,
  });
  await audit(c, {
    action: `case.${action.data}`,
    entity: 'cases',
    entityId: id,
    departmentId: result.after.leadDepartmentId,
    before: auditFacts(result.before),
    after: { ...auditFacts(result.after), payload },
  });
  return c.json(result.after);
}
