import { listCases } from '@desk/core/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendListJson } from '../../http/list-params';
import { caseActor } from './case-actor';
import { parseCaseFilter } from './params';

/** `GET /api/cases`: scoped to the actor's department for handlers; the total counts that scope only. */
export async function listCasesRoute(c: Context<AppEnv>) {
  const { filter, offset, limit, sort } = parseListParams(c);
  const page = await listCases(c.var.ctx.db, await caseActor(c), {
    filter: parseCaseFilter(filter),
    offset,
    limit,
    sort,
  });
  return sendListJson(c, 'cases', page, offset, page.total);
}
