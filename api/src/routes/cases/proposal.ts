import type { CaseCreate } from '@desk/core';
import type { ApiContext } from '../../context';

/**
 * The routing proposal for a new case (lead department and why). The topics engine's
 * `proposeDepartment` provides it once it exists; until then no proposal is shown rather than a guess.
 */
export async function proposeFor(
  _ctx: ApiContext,
  _input: Pick<CaseCreate, 'title' | 'body' | 'messageId'>,
): Promise<Record<string, unknown> | null> {
  return null;
}
