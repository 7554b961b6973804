import { AppError, departmentScope, MessageListFilterSchema } from '@desk/core';
import { indexUid } from '@desk/search-config';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { searchFilter } from '../messages/search';

/** The facets the message search offers, with counts for the current query and filters. */
export const MESSAGE_FACETS = [
  'topic',
  'sentimentLabel',
  'riskLevel',
  'channel',
  'region',
  'sourceId',
  'status',
] as const;

function parseFilter(raw: string | undefined) {
  let value: unknown = {};
  try {
    value = raw ? JSON.parse(raw) : {};
  } catch {
    throw new AppError('BAD_REQUEST', { zh: '筛选条件不是合法的 JSON', en: 'filter is not valid JSON' });
  }
  const parsed = MessageListFilterSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError('BAD_REQUEST', { zh: '筛选条件有误', en: 'Bad message filter' }, parsed.error.issues);
  return parsed.data;
}

/**
 * `GET /api/dashboard/facets?filter=…`: facet counts of the message search (Meilisearch
 * facetDistribution), with the same filter and department scope as `GET /api/messages`.
 */
export async function messageFacets(c: Context<AppEnv>) {
  const filter = parseFilter(c.req.query('filter'));
  const { client, config } = c.var.ctx.search;
  const result = await client.index(indexUid(config, 'messages')).search(filter.q ?? '', {
    filter: searchFilter(filter, departmentScope(c.var.actor)),
    facets: [...MESSAGE_FACETS],
    limit: 0,
  });
  const counts = result as { totalHits?: number; estimatedTotalHits?: number };
  return c.json({
    total: counts.totalHits ?? counts.estimatedTotalHits ?? 0,
    facetDistribution: result.facetDistribution ?? {},
  });
}
