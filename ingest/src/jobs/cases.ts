import { appendAudit, createCaseFromInquiry } from '@desk/core/store';
import { similarCaseFinder } from '@desk/search-config';
import type { DeskJobHandler } from './deps';

/**
 * `cases` `{kind: 'from-inquiry', messageId}`: a stored portal inquiry becomes a case at once.
 * Idempotent (one case per message), so a redelivered job changes nothing.
 */
export const cases: DeskJobHandler<'cases'> = (deps) => async (payload) => {
  const result = await createCaseFromInquiry(deps.db, payload.messageId, {
    similarCases: similarCaseFinder(deps.search, deps.log),
  });
  if (result.created) {
    await appendAudit(deps.db, {
      actorName: 'system',
      action: 'create',
      entity: 'cases',
      entityId: result.caseId,
      after: { from: 'inquiry', messageId: payload.messageId },
    });
  }
  return result;
};
