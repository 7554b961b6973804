import type { Role } from '@desk/core';
import { roles } from './authz-matrix/harness';
import type { RouteExpectation, Side } from './authz-matrix/types';

/**
 * Mutating routes that write no audit entry, and why: the audit log records changes to the desk's
 * records, sign-ins and views of personal data, not a person's own reading state or dry runs.
 * `api/src/authz.matrix.test.ts` checks every other POST / PUT / PATCH / DELETE of /api/openapi.json
 * writes exactly one entry when it succeeds, and none when it is refused.
 */
export const notAudited: Record<string, string> = {
  'POST /api/intake/inquiries':
    'the portal, not a desk user: the inquiry becomes a message in the ingest pipeline, like a pulled item',
  'POST /api/messages/from-link':
    'the pasted page becomes a message in the ingest pipeline like a pulled item (the matrix pastes one stored already: 200, nothing changes)',
  'POST /api/templates/:id/render': 'a dry run: fills a template with a case, stores nothing',
  'POST /api/schemes/preview': 'a dry run: the messages a scheme would match, stores nothing',
  'POST /api/routing-rules/propose': 'a dry run: the department the rules would propose, stores nothing',
  'POST /api/notifications/read-all': "the user's own reading state, not a record of the desk",
  'POST /api/notifications/:id/read': "the user's own reading state, not a record of the desk",
};

/** A caller the entry refuses: a role it denies, a handler of another department, or nobody signed in. */
export function refusingCaller(entry: RouteExpectation): { role: Role | null; side: Side } | null {
  if (entry.access === 'public') return null;
  const access = entry.access;
  const denied = roles.find((r) => !access[r] || access[r] === 'deny');
  if (denied) return { role: denied, side: 'own' };
  if (access.handler === 'own') return { role: 'handler', side: 'other' };
  return { role: null, side: 'own' };
}
