import { Meilisearch } from 'meilisearch';
import { meilisearchRequest } from './http';

export interface SearchConfig {
  url: string;
  apiKey: string;
  /** Prefix of every index uid, so tests and several desks can share one Meilisearch. */
  indexPrefix?: string;
}

/**
 * A Meilisearch client that asks for uncompressed responses: with Node's default gzip negotiation
 * every request stalls ~40 ms on a delayed ACK (ENVIRONMENT.md, gotcha 1). Its requests go over the
 * process's kept-alive undici connections (`meilisearchRequest`), not `fetch`.
 */
export function createSearchClient(config: SearchConfig): Meilisearch {
  return new Meilisearch({
    host: config.url,
    apiKey: config.apiKey,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    httpClient: meilisearchRequest,
  });
}

export const indexUid = (config: Pick<SearchConfig, 'indexPrefix'>, name: IndexName): string =>
  `${config.indexPrefix ?? ''}${name}`;

export type IndexName = 'messages' | 'cases' | 'events';
