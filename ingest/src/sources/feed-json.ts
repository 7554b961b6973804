import type { JsonMapping, RawItem } from '@desk/core';
import { isoOrUndefined } from './dates';
import { PermanentIngestError } from './errors';

/** JSON Feed 1.1 names, used for every field the source's mapping does not name. */
const defaults: Required<Omit<JsonMapping, 'likes' | 'replies'>> = {
  items: 'items',
  title: 'title',
  body: 'content_text',
  url: 'url',
  author: 'authors.0.name',
  publishedAt: 'date_published',
  externalId: 'id',
};

/** Value at a dot path (`data.list`, `authors.0.name`); undefined when any step is missing. */
export function at(value: unknown, path: string | undefined): unknown {
  if (!path) return undefined;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const count = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : Number.parseInt(str(v) ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
};

function item(entry: unknown, m: JsonMapping): RawItem {
  const body =
    str(at(entry, m.body ?? defaults.body)) ?? (m.body ? undefined : str(at(entry, 'content_html')));
  return {
    externalId: str(at(entry, m.externalId ?? defaults.externalId)),
    url: str(at(entry, m.url ?? defaults.url)),
    title: str(at(entry, m.title ?? defaults.title)) ?? '',
    body: body ?? str(at(entry, 'summary')) ?? '',
    author:
      str(at(entry, m.author ?? defaults.author)) ?? (m.author ? undefined : str(at(entry, 'author.name'))),
    publishedAt: isoOrUndefined(at(entry, m.publishedAt ?? defaults.publishedAt)),
    likes: count(at(entry, m.likes)),
    replies: count(at(entry, m.replies)),
    channel: 'feed',
  };
}

/**
 * Items of a JSON feed: JSON Feed 1.1 by default, or any JSON API with a mapping from its fields
 * (dot paths) to title, body, url, author, published time, external id, like and reply counts.
 */
export function parseJsonFeed(text: string, mapping: JsonMapping | null = null): RawItem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new PermanentIngestError(`malformed JSON feed: ${(error as Error).message}`);
  }
  const m = mapping ?? {};
  const list = Array.isArray(doc) ? doc : at(doc, m.items ?? defaults.items);
  if (!Array.isArray(list))
    throw new PermanentIngestError(`JSON feed has no item list at "${m.items ?? defaults.items}"`);
  return list.filter((e) => e && typeof e === 'object').map((e) => item(e, m));
}
