import { matchesScheme, type SchemeRule, schemeQueries } from '@desk/core';
import { indexUid } from '@desk/search-config';
import type { ApiContext } from '../../context';

/** Hits fetched per phrase query when previewing a scheme against the index. */
const PER_QUERY = 100;

interface IndexedMessage {
  id: number;
  title: string;
  body: string;
  sourceId: number;
  channel: string;
  region: string | null;
}

/**
 * A scheme evaluated through Meilisearch over everything already indexed: one query per
 * (region × subject × event) combination in a single multi-search, then the exact rule (exclusion
 * words, filters) on the candidates. Used to preview a scheme before saving and to backfill its hits.
 */
export async function searchScheme(
  ctx: ApiContext,
  scheme: SchemeRule,
  limit = 50,
): Promise<IndexedMessage[]> {
  const indexUidOf = indexUid(ctx.search.config, 'messages');
  const queries = schemeQueries(scheme).map((q) => ({
    indexUid: indexUidOf,
    q,
    limit: PER_QUERY,
    matchingStrategy: 'all' as const,
    attributesToRetrieve: ['id', 'title', 'body', 'sourceId', 'channel', 'region', 'publishedAt'],
  }));
  const { results } = await ctx.search.client.multiSearch({ queries });
  const byId = new Map<number, IndexedMessage & { publishedAt?: number }>();
  for (const r of results)
    for (const hit of r.hits as (IndexedMessage & { publishedAt?: number })[]) byId.set(hit.id, hit);
  return [...byId.values()]
    .filter((m) => matchesScheme(scheme, m))
    .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0))
    .slice(0, limit);
}
