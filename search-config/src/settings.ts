import type { Settings } from 'meilisearch';
import { chineseSettings } from './chinese';
import type { IndexName } from './client';

/** Bump when any setting below changes; start-up re-applies settings only when the stored version differs. */
export const SETTINGS_VERSION = 7;

/**
 * Index settings as data. Chinese-specific tuning (dictionary, synonyms) lives beside it; its dictionary
 * holds the gazetteer's place names, so the settings follow the administrator's edits of `places`.
 */
export const indexSettings = (placeNames?: readonly string[]): Record<IndexName, Settings> => {
  const chinese = chineseSettings(placeNames);
  return {
    messages: {
      searchableAttributes: ['title', 'body', 'keywords', 'author'],
      filterableAttributes: [
        'sourceId',
        'channel',
        'kind',
        'region',
        'topic',
        'sentimentLabel',
        'riskLevel',
        'riskRules',
        'publishedAt',
        'status',
        'eventId',
        // ingest: department scoping of handlers, portal inquiry type, arrival time, case link
        'departmentIds',
        'inquiryType',
        'receivedAt',
        'caseId',
      ],
      sortableAttributes: ['publishedAt', 'likes', 'sentiment', 'receivedAt', 'replies'],
      // The sort the desk's list header shows wins over relevance when a query is given (a search
      // without a sort ranks by relevance alone: the sort rule then does nothing).
      rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
      // Exact totals (page/hitsPerPage) for the message list up to this many hits.
      pagination: { maxTotalHits: 20_000 },
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
      ...chinese,
    },
    cases: {
      searchableAttributes: ['code', 'title', 'body', 'replyText'],
      filterableAttributes: ['type', 'status', 'leadDepartmentId', 'departmentIds', 'createdAt'],
      sortableAttributes: ['createdAt', 'dueAt'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
      ...chinese,
    },
    events: {
      searchableAttributes: ['title', 'keywords'],
      filterableAttributes: ['status', 'firstSeenAt', 'lastSeenAt', 'topic', 'departmentIds'],
      sortableAttributes: ['hotness', 'firstSeenAt', 'lastSeenAt', 'messageCount'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
      ...chinese,
    },
  };
};
