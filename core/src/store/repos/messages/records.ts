import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Message, MessageListFilter } from '../../../domain/message';
import type { Db } from '../../db';
import { messages } from '../../schema';
import { idList } from './awaiting-reindex';

export type MessageRow = typeof messages.$inferSelect;

/** The API shape: masked text only, no fingerprints or dedupe keys. */
export function toMessage(row: MessageRow): Message {
  const {
    dedupeKey: _k,
    fingerprint: _p,
    fetchedAt: _f,
    contactMasked,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = row;
  return { ...rest, contact: contactMasked ?? null };
}

/** Department scope (see rules/access.ts departmentScope): null sees all, else only that department. */
export type Scope = number | null;

/** The cardinality clause lets the planner use the partial GIN index on department_ids. */
const inScope = (scope: Scope): SQL | undefined =>
  scope === null
    ? undefined
    : sql`cardinality(${messages.departmentIds}) > 0 and ${messages.departmentIds} @> ${`{${scope}}`}::integer[]`;

/** SQL conditions for a validated list filter (without `q`, which Meilisearch answers). */
export function messageConditions(filter: MessageListFilter, scope: Scope): SQL | undefined {
  const c: (SQL | undefined)[] = [inScope(scope)];
  if (filter.duplicateOf) c.push(eq(messages.duplicateOfId, filter.duplicateOf));
  else if (!filter.id) c.push(isNull(messages.duplicateOfId));
  if (filter.id) c.push(inArray(messages.id, filter.id));
  if (filter.sourceId) c.push(inArray(messages.sourceId, filter.sourceId));
  if (filter.channel) c.push(inArray(messages.channel, filter.channel));
  if (filter.kind) c.push(eq(messages.kind, filter.kind));
  if (filter.inquiryType) c.push(inArray(messages.inquiryType, filter.inquiryType));
  if (filter.region) c.push(inArray(messages.region, filter.region));
  if (filter.topic) c.push(inArray(messages.topic, filter.topic));
  if (filter.sentimentLabel) c.push(inArray(messages.sentimentLabel, filter.sentimentLabel));
  if (filter.riskLevel) c.push(inArray(messages.riskLevel, filter.riskLevel));
  if (filter.status) c.push(inArray(messages.status, filter.status));
  if (filter.eventId) c.push(eq(messages.eventId, filter.eventId));
  if (filter.caseId) c.push(eq(messages.caseId, filter.caseId));
  const when = sql`coalesce(${messages.publishedAt}, ${messages.receivedAt})`;
  if (filter.from) c.push(gte(when, filter.from));
  if (filter.to) c.push(lte(when, filter.to));
  return and(...c);
}

const sortColumns = {
  id: messages.id,
  publishedAt: sql`coalesce(${messages.publishedAt}, ${messages.receivedAt})`,
  receivedAt: messages.receivedAt,
  likes: messages.likes,
  replies: messages.replies,
  sentiment: messages.sentiment,
} as const;
export type MessageSortField = keyof typeof sortColumns;

export async function listMessages(
  db: Db,
  filter: MessageListFilter,
  page: { offset: number; limit: number; sort?: { field: MessageSortField; order: 'asc' | 'desc' } },
  scope: Scope,
): Promise<{ rows: Message[]; total: number }> {
  const where = messageConditions(filter, scope);
  const sort = page.sort ?? { field: 'publishedAt', order: 'desc' };
  const order = sort.order === 'asc' ? asc : desc;
  const rows = await db
    .select()
    .from(messages)
    .where(where)
    .orderBy(order(sortColumns[sort.field]), order(messages.id))
    .offset(page.offset)
    .limit(page.limit);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(messages).where(where);
  return { rows: rows.map(toMessage), total: count?.n ?? 0 };
}

/** Messages by id in the given order, limited to the scope (search results are re-read from here). */
export async function getMessagesByIds(db: Db, ids: number[], scope: Scope): Promise<Message[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(messages)
    .where(and(inArray(messages.id, ids), inScope(scope)));
  const byId = new Map(rows.map((r) => [r.id, toMessage(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getMessage(db: Db, id: number, scope: Scope): Promise<Message | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.id, id), inScope(scope)));
  return row && toMessage(row);
}

/** Whole rows by id (any order). */
export const loadMessages = (db: Db, ids: number[]): Promise<MessageRow[]> =>
  ids.length ? db.select().from(messages).where(inArray(messages.id, ids)) : Promise.resolve([]);

const { dedupeKey: _k, fingerprint: _p, fetchedAt: _f, ...indexedColumns } = getTableColumns(messages);
export type IndexedMessageRow = Omit<MessageRow, 'dedupeKey' | 'fingerprint' | 'fetchedAt'>;

/** `json_build_object(...)` of the columns search documents are built from (alias `m` for messages). */
export const indexedMessageJson = sql.raw(
  `json_build_object(${Object.entries(indexedColumns)
    .map(([key, column]) => `'${key}', m."${column.name}"`)
    .join(', ')})`,
);

const DATE_KEYS = ['publishedAt', 'receivedAt', 'createdAt', 'updatedAt'] as const;

/** Parse rows produced by `json_agg(indexedMessageJson)`. */
export function parseIndexedMessages(value: unknown): IndexedMessageRow[] {
  const parsed = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Record<string, unknown>[];
  for (const row of parsed)
    for (const key of DATE_KEYS) if (typeof row[key] === 'string') row[key] = new Date(row[key] as string);
  return parsed as unknown as IndexedMessageRow[];
}

/**
 * The columns search documents are built from (no fingerprint: large and never indexed), fetched as
 * one JSON value: the embedded engine parses that faster than typed columns with arrays.
 */
export async function loadIndexedMessages(db: Db, ids: number[]): Promise<IndexedMessageRow[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select json_agg(${indexedMessageJson}) as rows
    from messages m where m.id = any(${idList(ids)}::int[])`);
  return parseIndexedMessages((result as unknown as { rows: { rows: unknown }[] }).rows[0]?.rows);
}
