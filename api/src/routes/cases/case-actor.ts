import type { CaseActor } from '@desk/core';
import { getWorkflowSettings } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';

/**
 * The signed-in user as the case state machine sees them: a leader carries whether the administrator
 * lets leaders approve drafts (read only for leaders, so other requests pay nothing).
 */
export async function caseActor(c: Context<AppEnv>): Promise<AppEnv['Variables']['actor'] & CaseActor> {
  const actor = c.var.actor;
  if (actor.role !== 'leader') return actor;
  const { leaderApproves } = await getWorkflowSettings(c.var.ctx.db);
  return { ...actor, leaderApproves };
}
