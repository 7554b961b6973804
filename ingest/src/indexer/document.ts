import type { IndexedMessageRow } from '@desk/core/store';

/**
 * A message as Meilisearch holds it: masked text only, times in unix seconds (filterable, sortable).
 * The messages index settings (search-config/src/settings.ts) name these attributes.
 */
export interface MessageDocument {
  id: number;
  sourceId: number;
  kind: string;
  channel: string;
  inquiryType: string | null;
  title: string;
  body: string;
  author: string | null;
  keywords: string[];
  region: string | null;
  topic: string | null;
  topicSource: string | null;
  sentiment: number | null;
  sentimentLabel: string | null;
  /** 研判: the most urgent level fired and the names of the rules (facets). */
  riskLevel: string | null;
  riskRules: string[];
  status: string;
  eventId: number | null;
  caseId: number | null;
  departmentIds: number[];
  likes: number;
  replies: number;
  duplicateCount: number;
  piiKinds: string[];
  url: string | null;
  publishedAt: number;
  receivedAt: number;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function toDocument(row: IndexedMessageRow): MessageDocument {
  return {
    id: row.id,
    sourceId: row.sourceId,
    kind: row.kind,
    channel: row.channel,
    inquiryType: row.inquiryType,
    title: row.title,
    body: row.body,
    author: row.author,
    keywords: row.keywords,
    region: row.region,
    topic: row.topic,
    topicSource: row.topicSource,
    sentiment: row.sentiment,
    sentimentLabel: row.sentimentLabel,
    riskLevel: row.riskLevel,
    riskRules: row.riskHits.map((h) => h.name),
    status: row.status,
    eventId: row.eventId,
    caseId: row.caseId,
    departmentIds: row.departmentIds,
    likes: row.likes,
    replies: row.replies,
    duplicateCount: row.duplicateCount,
    piiKinds: row.piiKinds,
    url: row.url,
    // Unknown publication time sorts as the time we received it.
    publishedAt: seconds(row.publishedAt ?? row.receivedAt),
    receivedAt: seconds(row.receivedAt),
  };
}

/** Near duplicates are linked to their original and not shown (or found) twice. */
export const isSearchable = (row: IndexedMessageRow): boolean => row.duplicateOfId === null;
