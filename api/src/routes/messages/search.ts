import { type MessageListFilter, searchMatch, termPattern } from '@desk/core';
import { awaitingReindex, getMessagesByIds, type Scope } from '@desk/core/store';
import { indexUid, type MessageDocument, queryTerms } from '@desk/search-config';
import type { Index } from 'meilisearch';
import type { ApiContext } from '../../context';
import {
  type RankedHit,
  rankedAttributes,
  type ShownMessage,
  shownDocuments,
  shownMessage,
} from './search-documents';

/** Attributes Meilisearch can sort messages by (search-config settings). */
const SEARCH_SORTABLE = new Set(['publishedAt', 'receivedAt', 'likes', 'replies', 'sentiment']);

/** A filter value as a Meilisearch string literal; quotes and backslashes escaped, nothing else passes. */
const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const list = (values: (string | number)[]) =>
  `[${values.map((v) => (typeof v === 'number' ? String(v) : quote(v))).join(', ')}]`;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The Meilisearch filter for a validated list filter and the actor's department scope. */
export function searchFilter(filter: MessageListFilter, scope: Scope): string[] {
  const f: string[] = [];
  if (scope !== null) f.push(`departmentIds = ${scope}`);
  if (filter.id) f.push(`id IN ${list(filter.id)}`);
  if (filter.sourceId) f.push(`sourceId IN ${list(filter.sourceId)}`);
  if (filter.channel) f.push(`channel IN ${list(filter.channel)}`);
  if (filter.kind) f.push(`kind = ${quote(filter.kind)}`);
  if (filter.inquiryType) f.push(`inquiryType IN ${list(filter.inquiryType)}`);
  if (filter.region) f.push(`region IN ${list(filter.region)}`);
  if (filter.topic) f.push(`topic IN ${list(filter.topic)}`);
  if (filter.sentimentLabel) f.push(`sentimentLabel IN ${list(filter.sentimentLabel)}`);
  if (filter.riskLevel) f.push(`riskLevel IN ${list(filter.riskLevel)}`);
  if (filter.status) f.push(`status IN ${list(filter.status)}`);
  if (filter.eventId) f.push(`eventId = ${filter.eventId}`);
  if (filter.caseId) f.push(`caseId = ${filter.caseId}`);
  if (filter.from) f.push(`publishedAt >= ${seconds(filter.from)}`);
  if (filter.to) f.push(`publishedAt <= ${seconds(filter.to)}`);
  return f;
}

export interface SearchPage {
  offset: number;
  limit: number;
  sort?: { field: string; order: 'asc' | 'desc' };
}

/**
 * Full-text search (`q`) through Meilisearch, which holds masked text only, with the department scope
 * in its filter. Meilisearch ranks, counts and returns ids with their documents' revisions; the page is
 * served from those documents (`shownDocuments`, which keeps the ones it turned into messages), and the
 * database is read only for hits it changed since they were indexed (rows still in the search outbox)
 * and for documents written before they carried every shown field, those re-read in scope. Each hit
 * is explained by marking the query's words (`queryTerms`) in its title and a snippet of its body.
 * Totals are exact for page-aligned ranges. A chosen sort comes before relevance (the index ranks
 * `sort` first), and then every word of the query must match, so a sorted page lists only messages
 * that say all of it.
 */
export async function searchMessages(
  ctx: ApiContext,
  filter: MessageListFilter & { q: string },
  page: SearchPage,
  scope: Scope,
): Promise<{ page: { json: string; count: number }; total: number }> {
  const index = ctx.search.client.index<MessageDocument>(indexUid(ctx.search.config, 'messages'));
  const sort =
    page.sort && SEARCH_SORTABLE.has(page.sort.field) ? [`${page.sort.field}:${page.sort.order}`] : undefined;
  const common = {
    filter: searchFilter(filter, scope),
    sort,
    matchingStrategy: sort ? ('all' as const) : ('last' as const),
    attributesToRetrieve: rankedAttributes,
  };
  const aligned = page.offset % page.limit === 0;
  const result = aligned
    ? await index.search(filter.q, { ...common, page: page.offset / page.limit + 1, hitsPerPage: page.limit })
    : await index.search(filter.q, { ...common, offset: page.offset, limit: page.limit });
  const counts = result as { totalHits?: number; estimatedTotalHits?: number };
  const total = counts.totalHits ?? counts.estimatedTotalHits ?? result.hits.length;
  const shown = await pageOf(ctx, index, result.hits, scope);
  const terms = termPattern(queryTerms(filter.q));
  // A row is the message's JSON (kept with it) with its `match`: why it was found (SearchMatch).
  const rows = shown.map(
    ({ message, json }) => `${json.slice(0, -1)},"match":${JSON.stringify(searchMatch(message, terms))}}`,
  );
  return { page: { json: `[${rows.join(',')}]`, count: rows.length }, total };
}

/** The hits as messages in hit order: from the documents, or from the database where those are stale. */
async function pageOf(
  ctx: ApiContext,
  index: Index<MessageDocument>,
  hits: RankedHit[],
  scope: Scope,
): Promise<ShownMessage[]> {
  const ids = hits.map((h) => Number(h.id));
  const changed = await awaitingReindex(ctx.db, ids);
  const current = hits.filter((hit) => !changed.has(Number(hit.id)));
  const fromDocuments = await shownDocuments(index, ctx.search.client, current, scope);
  const stale = ids.filter((id) => !fromDocuments.has(id));
  const fromDatabase = new Map(
    (await getMessagesByIds(ctx.db, stale, scope)).map((m) => [m.id, shownMessage(m)]),
  );
  return ids.flatMap((id) => fromDocuments.get(id) ?? fromDatabase.get(id) ?? []);
}
