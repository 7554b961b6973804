import type { Message } from '@desk/core';
import type { Scope } from '@desk/core/store';
import { documentToMessage, type MessageDocument } from '@desk/search-config';
import { LRUCache } from 'lru-cache';
import type { Index } from 'meilisearch';

/** A hit as the API asks Meilisearch for it: the id and the revision of its document. */
export type RankedHit = Pick<MessageDocument, 'id' | 'rev'>;

/** The attributes a search asks for; the page comes from the documents (`shownDocuments`). */
export const rankedAttributes: (keyof RankedHit)[] = ['id', 'rev'];

/** A message of a search page and its JSON, written once for every page that shows it. */
export interface ShownMessage {
  message: Message;
  json: string;
}

export const shownMessage = (message: Message): ShownMessage => ({ message, json: JSON.stringify(message) });

/**
 * Messages of documents this process showed lately, by id, with the revision they were built from.
 * About 5 KB each with their JSON: the hits of the searches officers repeat.
 */
const MAX_KEPT = 5_000;
type Kept = ShownMessage & { rev: string };
const keptByIndex = new WeakMap<object, LRUCache<number, Kept>>();

function keptOf(index: object): LRUCache<number, Kept> {
  let kept = keptByIndex.get(index);
  if (!kept) {
    kept = new LRUCache<number, Kept>({ max: MAX_KEPT });
    keptByIndex.set(index, kept);
  }
  return kept;
}

/**
 * The messages of the hits' current documents, by id, with their JSON. Meilisearch ranks and counts
 * and returns only ids and revisions (a few hundred bytes to serialize, not every document); a
 * document whose revision this process already turned into a message is not fetched again, the others
 * are fetched in one request. A fetched document is checked against the scope (it may have changed
 * since the search); one written before documents carried every shown field is left out (the caller
 * reads it from the database). `cacheKey`: one object per Meilisearch client (the messages index).
 */
export async function shownDocuments(
  index: Index<MessageDocument>,
  cacheKey: object,
  hits: RankedHit[],
  scope: Scope,
): Promise<Map<number, ShownMessage>> {
  const kept = keptOf(cacheKey);
  const out = new Map<number, ShownMessage>();
  const missing: number[] = [];
  for (const hit of hits) {
    const known = hit.rev ? kept.get(hit.id) : undefined;
    if (known && known.rev === hit.rev) out.set(hit.id, known);
    else missing.push(hit.id);
  }
  if (!missing.length) return out;
  const fetched = await index.getDocuments({ ids: missing, limit: missing.length });
  for (const document of fetched.results) {
    const message = documentToMessage(document);
    if (!message || (scope !== null && !message.departmentIds.includes(scope))) continue;
    const shown = shownMessage(message);
    out.set(message.id, shown);
    if (document.rev) kept.set(message.id, { ...shown, rev: document.rev });
  }
  return out;
}
