import { createHash } from 'node:crypto';
import type { Message } from '@desk/core';
import type { IndexedMessageRow } from '@desk/core/store';

/**
 * What a message page shows but search neither filters nor sorts on: kept in the document so a search
 * page is served from the index (`documentToMessage`) without reading the database. Times keep their
 * milliseconds and an unknown publication time stays null.
 */
export interface ShownMessageFields {
  externalId: string | null;
  contact: Message['contact'];
  topicConfidence: number | null;
  sentimentSource: Message['sentimentSource'];
  sentimentReasons: Message['sentimentReasons'];
  riskHits: Message['riskHits'];
  publishedAt: string | null;
  receivedAt: string;
}

/**
 * A message as Meilisearch holds it: masked text only, times in unix seconds (filterable, sortable).
 * The messages index settings (search-config/src/settings.ts) name these attributes.
 */
export interface MessageDocument {
  id: number;
  sourceId: number;
  kind: Message['kind'];
  channel: Message['channel'];
  inquiryType: Message['inquiryType'];
  title: string;
  body: string;
  author: string | null;
  keywords: string[];
  region: string | null;
  topic: string | null;
  topicSource: Message['topicSource'];
  sentiment: number | null;
  sentimentLabel: string | null;
  /** 研判: the most urgent level fired and the names of the rules (facets). */
  riskLevel: Message['riskLevel'];
  riskRules: string[];
  status: Message['status'];
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
  /** Absent in documents written before it existed: such hits are read from the database. */
  shown?: ShownMessageFields;
  /**
   * The revision of the document: a digest of everything else in it, so a copy kept by the API
   * (api/src/routes/messages/search-documents.ts) is known to be current. Absent in older documents.
   */
  rev?: string;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function toDocument(row: IndexedMessageRow): MessageDocument {
  const document = documentOf(row);
  return { ...document, rev: revisionOf(document) };
}

/** 16 base64url characters of a SHA-1 of the document: 96 bits, no collision among revisions of one message. */
const revisionOf = (document: MessageDocument) =>
  createHash('sha1').update(JSON.stringify(document)).digest('base64url').slice(0, 16);

function documentOf(row: IndexedMessageRow): MessageDocument {
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
    shown: {
      externalId: row.externalId,
      contact: row.contactMasked ?? null,
      topicConfidence: row.topicConfidence,
      sentimentSource: row.sentimentSource,
      sentimentReasons: row.sentimentReasons,
      riskHits: row.riskHits,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      receivedAt: row.receivedAt.toISOString(),
    },
  };
}

/** Near duplicates are linked to their original and not shown (or found) twice. */
export const isSearchable = (row: IndexedMessageRow): boolean => row.duplicateOfId === null;

/**
 * The message a stored document shows (the same as the database's `toMessage`), or null for an old
 * document. Field by field: a search page converts every hit, and this is the API's busiest copy.
 */
export function documentToMessage(doc: MessageDocument): Message | null {
  const shown = doc.shown;
  if (!shown) return null;
  return {
    id: doc.id,
    sourceId: doc.sourceId,
    externalId: shown.externalId,
    url: doc.url,
    kind: doc.kind,
    channel: doc.channel,
    inquiryType: doc.inquiryType,
    title: doc.title,
    body: doc.body,
    author: doc.author,
    contact: shown.contact,
    piiKinds: doc.piiKinds,
    region: doc.region,
    keywords: doc.keywords,
    likes: doc.likes,
    replies: doc.replies,
    publishedAt: shown.publishedAt === null ? null : new Date(shown.publishedAt),
    receivedAt: new Date(shown.receivedAt),
    // Only originals are indexed (isSearchable).
    duplicateOfId: null,
    duplicateCount: doc.duplicateCount,
    departmentIds: doc.departmentIds,
    topic: doc.topic,
    topicConfidence: shown.topicConfidence,
    topicSource: doc.topicSource,
    sentiment: doc.sentiment,
    sentimentLabel: doc.sentimentLabel,
    sentimentSource: shown.sentimentSource,
    sentimentReasons: shown.sentimentReasons,
    riskLevel: doc.riskLevel,
    riskHits: shown.riskHits,
    eventId: doc.eventId,
    caseId: doc.caseId,
    status: doc.status,
  };
}
