import {
  addCaseComment,
  assertCaseVisible,
  listCaseComments,
  listCaseHistory,
  unmaskCaseContact,
} from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { userActor } from '../../middleware/audit';

export async function caseHistoryRoute(c: Context<AppEnv>, id: number) {
  await assertCaseVisible(c.var.ctx.db, c.var.actor, id);
  return c.json(await listCaseHistory(c.var.ctx.db, id));
}

export async function caseCommentsRoute(c: Context<AppEnv>, id: number) {
  await assertCaseVisible(c.var.ctx.db, c.var.actor, id);
  return c.json(await listCaseComments(c.var.ctx.db, id));
}

export async function addCaseCommentRoute(c: Context<AppEnv>, id: number, body: string) {
  return c.json(await addCaseComment(c.var.ctx.db, userActor(c), id, body), 201);
}

/** `POST /api/cases/:id/unmask`: the clear-text contact, for the desk and the lead department only (audited). */
export async function unmaskCaseRoute(c: Context<AppEnv>, id: number) {
  return c.json(await unmaskCaseContact(c.var.ctx.db, userActor(c), id));
}
