import { AppError } from '@desk/core';
import {
  addCaseComment,
  assertCaseVisible,
  getCaseContact,
  listCaseComments,
  listCaseHistory,
} from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { audit } from '../../middleware/audit';

export async function caseHistoryRoute(c: Context<AppEnv>, id: number) {
  await assertCaseVisible(c.var.ctx.db, c.var.actor, id);
  return c.json(await listCaseHistory(c.var.ctx.db, id));
}

export async function caseCommentsRoute(c: Context<AppEnv>, id: number) {
  await assertCaseVisible(c.var.ctx.db, c.var.actor, id);
  return c.json(await listCaseComments(c.var.ctx.db, id));
}

export async function addCaseCommentRoute(c: Context<AppEnv>, id: number, body: string) {
  const found = await assertCaseVisible(c.var.ctx.db, c.var.actor, id);
  const comment = await addCaseComment(c.var.ctx.db, c.var.actor, id, body);
  await audit(c, {
    action: 'case.comment',
    entity: 'cases',
    entityId: id,
    departmentId: found.leadDepartmentId,
    after: { commentId: comment.id },
  });
  return c.json(comment, 201);
}

/**
 * `POST /api/cases/:id/unmask`: the clear-text contact, for the desk and the lead department only.
 * Every call is audited as a view of personal data.
 */
export async function unmaskCaseRoute(c: Context<AppEnv>, id: number) {
  const { actor } = c.var;
  const found = await assertCaseVisible(c.var.ctx.db, actor, id);
  if (actor.role === 'handler' && actor.departmentId !== found.leadDepartmentId) {
    throw new AppError('FORBIDDEN', {
      zh: '只有主办单位可以查看联系方式',
      en: 'Only the lead department may see the contact',
    });
  }
  const contact = await getCaseContact(c.var.ctx.db, id);
  await audit(c, {
    action: 'unmask',
    entity: 'cases',
    entityId: id,
    departmentId: found.leadDepartmentId,
    after: {
      fields: contact
        ? Object.keys(contact).filter((k) => k !== 'caseId' && contact[k as keyof typeof contact])
        : [],
    },
  });
  return c.json({ caseId: id, contact: contact ? { ...contact, caseId: undefined } : null });
}
