import { AppError, type CaseCreate } from '@desk/core';
import { createCase, getCase, proposalForCase } from '@desk/core/store';
import { similarCaseFinder } from '@desk/search-config';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { audit } from '../../middleware/audit';

/** `POST /api/cases`: the duty officer turns a message or an event into a case (portal inquiries come by job). */
export async function createCaseRoute(c: Context<AppEnv>, input: CaseCreate) {
  const { db, search, log } = c.var.ctx;
  const proposal = await proposalForCase(db, input, { similarCases: similarCaseFinder(search, log) });
  const row = await createCase(db, input, { actor: c.var.actor, proposal });
  if (!row) {
    throw new AppError(
      'CONFLICT',
      { zh: '该留言已生成工单', en: 'This message already has a case' },
      { messageId: input.messageId },
    );
  }
  const view = await getCase(db, c.var.actor, row.id);
  await audit(c, {
    action: 'create',
    entity: 'cases',
    entityId: row.id,
    after: { type: row.type, title: row.title, messageId: row.messageId },
  });
  return c.json(view, 201);
}
