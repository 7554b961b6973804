import type { SimilarCase, SimilarCaseFinder } from '@desk/core/store';
import { extractTerms } from '@desk/core/text';
import type { Meilisearch } from 'meilisearch';
import { indexUid, type SearchConfig } from './client';

/** How many past cases are weighed, and how relevant one must be (Meilisearch's 0–1 ranking score). */
const SIMILAR_LIMIT = 10;
const MIN_RANKING_SCORE = 0.3;
/** Meilisearch reads the first 10 words of a query; the heaviest keywords say most. */
const QUERY_WORDS = 8;

interface Log {
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * Past cases with a lead department that read like a text, from the `cases` index: its keywords as the
 * query (least important dropped first when nothing matches all). An unreachable index finds none, so
 * the routing chain goes on to its next step.
 */
export function similarCaseFinder(
  search: { client: Meilisearch; config: Pick<SearchConfig, 'indexPrefix'> },
  log?: Log,
): SimilarCaseFinder {
  return async (text: string): Promise<SimilarCase[]> => {
    const query = extractTerms(text, QUERY_WORDS)
      .map((t) => t.word)
      .join(' ');
    if (!query) return [];
    try {
      const result = await search.client.index(indexUid(search.config, 'cases')).search(query, {
        limit: SIMILAR_LIMIT,
        filter: 'leadDepartmentId IS NOT NULL',
        attributesToRetrieve: ['id', 'code', 'title', 'leadDepartmentId'],
        matchingStrategy: 'last',
        rankingScoreThreshold: MIN_RANKING_SCORE,
      });
      return result.hits.map((h) => ({
        caseId: Number(h.id),
        code: String(h.code),
        title: String(h.title),
        leadDepartmentId: Number(h.leadDepartmentId),
      }));
    } catch (error) {
      log?.warn({ err: error }, 'similar cases not searched; routing goes on without them');
      return [];
    }
  };
}
