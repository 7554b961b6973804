import type { Message, MessageListFilter } from '@desk/core';
import { awaitingReindex, getMessagesByIds, type Scope } from '@desk/core/store';
import { documentToMessage, indexUid, type MessageDocument } from '@desk/search-config';
import type { ApiContext } from '../../context';
import { matchParams, type SearchMatch, searchMatch } from './search-match';

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

/** A found message with why it was found (highlighted title, body snippet, matched words). */
export type FoundMessage = Message & { match?: SearchMatch };

/**
 * Full-text search (`q`) through Meilisearch, which holds masked text only, with the department scope
 * in its filter. The page is served from the stored documents; the database is read only for hits it
 * changed since they were indexed (rows still in the search outbox) and for documents written before
 * they carried every shown field, those re-read in scope. Totals are exact for page-aligned ranges.
 * A chosen sort comes before relevance (the index ranks `sort` first), and then every word of the
 * query must match, so a sorted page lists only messages that say all of it.
 */
export async function searchMessages(
  ctx: ApiContext,
  filter: MessageListFilter & { q: string },
  page: SearchPage,
  scope: Scope,
): Promise<{ rows: FoundMessage[]; total: number }> {
  const index = ctx.search.client.index<MessageDocument>(indexUid(ctx.search.config, 'messages'));
  const sort =
    page.sort && SEARCH_SORTABLE.has(page.sort.field) ? [`${page.sort.field}:${page.sort.order}`] : undefined;
  const common = {
    filter: searchFilter(filter, scope),
    sort,
    matchingStrategy: sort ? ('all' as const) : ('last' as const),
    ...matchParams,
    attributesToHighlight: [...matchParams.attributesToHighlight],
  };
  const aligned = page.offset % page.limit === 0;
  const result = aligned
    ? await index.search(filter.q, { ...common, page: page.offset / page.limit + 1, hitsPerPage: page.limit })
    : await index.search(filter.q, { ...common, offset: page.offset, limit: page.limit });
  const counts = result as { totalHits?: number; estimatedTotalHits?: number };
  const total = counts.totalHits ?? counts.estimatedTotalHits ?? result.hits.length;
  const matches = new Map(result.hits.map((hit) => [Number(hit.id), searchMatch(hit)]));
  const documents = result.hits.map(({ _formatted, ...document }) => document as MessageDocument);
  const rows = (await pageOf(ctx, documents, scope)).map((message) => {
    const match = matches.get(message.id);
    return match ? { ...message, match } : message;
  });
  return { rows, total };
}

/** The hits as messages in hit order: from the documents, or from the database where those are stale. */
async function pageOf(ctx: ApiContext, hits: MessageDocument[], scope: Scope): Promise<Message[]> {
  const ids = hits.map((h) => Number(h.id));
  const changed = await awaitingReindex(ctx.db, ids);
  const fromDocuments = new Map<number, Message>();
  for (const hit of hits) {
    const message = changed.has(Number(hit.id)) ? null : documentToMessage(hit);
    if (message) fromDocuments.set(message.id, message);
  }
  const stale = ids.filter((id) => !fromDocuments.has(id));
  const fromDatabase = new Map((await getMessagesByIds(ctx.db, stale, scope)).map((m) => [m.id, m]));
  return ids.flatMap((id) => fromDocuments.get(id) ?? fromDatabase.get(id) ?? []);
}
