import type { Message, MessageListFilter } from '@desk/core';
import { getMessagesByIds, type Scope } from '@desk/core/store';
import { indexUid } from '@desk/search-config';
import type { ApiContext } from '../../context';

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
 * Full-text search (`q`) through Meilisearch, which holds masked text only; the page is then re-read
 * from the database (the system of record) in hit order. Totals are exact for page-aligned ranges.
 */
export async function searchMessages(
  ctx: ApiContext,
  filter: MessageListFilter & { q: string },
  page: SearchPage,
  scope: Scope,
): Promise<{ rows: Message[]; total: number }> {
  const index = ctx.search.client.index(indexUid(ctx.search.config, 'messages'));
  const sort =
    page.sort && SEARCH_SORTABLE.has(page.sort.field) ? [`${page.sort.field}:${page.sort.order}`] : undefined;
  const common = { filter: searchFilter(filter, scope), sort, attributesToRetrieve: ['id'] };
  const aligned = page.offset % page.limit === 0;
  const result = aligned
    ? await index.search(filter.q, { ...common, page: page.offset / page.limit + 1, hitsPerPage: page.limit })
    : await index.search(filter.q, { ...common, offset: page.offset, limit: page.limit });
  const ids = result.hits.map((h) => Number(h.id));
  const counts = result as { totalHits?: number; estimatedTotalHits?: number };
  const total = counts.totalHits ?? counts.estimatedTotalHits ?? ids.length;
  return { rows: await getMessagesByIds(ctx.db, ids, scope), total };
}
