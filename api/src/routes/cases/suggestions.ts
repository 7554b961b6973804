import { AppError } from '@desk/core';
import { getCaseRow } from '@desk/core/store';
import { indexUid } from '@desk/search-config';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';

const SUGGESTIONS = 5;

/**
 * `GET /api/cases/:id/suggestions`: similar past cases with published replies (Meilisearch `cases`
 * index, masked text only). Answers to 依申请公开 applicants are not public and are never suggested.
 */
export async function caseSuggestionsRoute(c: Context<AppEnv>, id: number) {
  const found = await getCaseRow(c.var.ctx.db, c.var.actor, id);
  if (!found) throw new AppError('NOT_FOUND');
  const { client, config } = c.var.ctx.search;
  try {
    const result = await client.index(indexUid(config, 'cases')).search(found.row.title, {
      filter: `status IN [published, closed] AND type != disclosure`,
      limit: SUGGESTIONS + 1,
      attributesToRetrieve: ['id', 'code', 'title', 'replyText', 'type', 'publishedAt'],
      matchingStrategy: 'last',
    });
    return c.json(result.hits.filter((h) => h.id !== id && h.replyText).slice(0, SUGGESTIONS));
  } catch (error) {
    // No index yet (nothing published) or Meilisearch down: suggestions are a convenience, not a failure.
    c.var.ctx.log.warn({ err: error }, 'case suggestions unavailable');
    return c.json([]);
  }
}
