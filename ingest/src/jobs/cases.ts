import { createCaseFromInquiry } from '@desk/core/store';
import { similarCaseFinder } from '@desk/search-config';
import type { DeskJobHandler } from './deps';

/**
 * `cases` `{kind: 'from-inquiry', messageId}`: a stored portal inquiry becomes a case at once (with its
 * audit row, written by core as the system). Idempotent: a redelivered job changes nothing.
 */
export const cases: DeskJobHandler<'cases'> = (deps) => async (payload) =>
  createCaseFromInquiry(deps.db, payload.messageId, {
    similarCases: similarCaseFinder(deps.search, deps.log),
  });
