import type { CaseActor, UserActor } from '@desk/core';
import { getWorkflowSettings } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { userActor } from '../../middleware/audit';

/**
 * The signed-in user as the case state machine sees them: a leader carries whether the administrator
 * lets leaders approve drafts (read only for leaders, so other requests pay nothing).
 */
export async function caseActor(c: Context<AppEnv>): Promise<UserActor & CaseActor> {
  const actor = userActor(c);
  if (actor.role !== 'leader') return actor;
  const { leaderApproves } = await getWorkflowSettings(c.var.ctx.db);
  return { ...actor, leaderApproves };
}
