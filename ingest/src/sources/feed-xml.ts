import type { RawItem } from '@desk/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoOrUndefined } from './dates';
import { PermanentIngestError } from './errors';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author'].includes(name),
});

type Node = Record<string, unknown>;

/** Text of an element that may be a plain value or `{ '#text': … }` with attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return '';
}

const count = (value: unknown): number | undefined => {
  const n = Number.parseInt(text(value), 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

function rssItem(item: Node): RawItem {
  const links = (item.link as unknown[] | undefined) ?? [];
  return {
    externalId: text(item.guid) || undefined,
    url: text(links[0]) || text(item.guid) || undefined,
    title: text(item.title),
    body: text(item['content:encoded']) || text(item.description),
    author: text(item['dc:creator']) || text((item.author as unknown[] | undefined)?.[0]) || undefined,
    publishedAt: isoOrUndefined(text(item.pubDate) || text(item['dc:date'])),
    replies: count(item['slash:comments']),
    channel: 'feed',
  };
}

function atomLink(entry: Node): string | undefined {
  const links = ((entry.link as Node[] | undefined) ?? []).filter((l) => typeof l === 'object');
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return alternate ? String(alternate['@_href'] ?? '') || undefined : undefined;
}

function atomEntry(entry: Node): RawItem {
  const author = (entry.author as Node[] | undefined)?.[0];
  return {
    externalId: text(entry.id) || undefined,
    url: atomLink(entry),
    title: text(entry.title),
    body: text(entry.content) || text(entry.summary),
    author: author ? text(author.name) || undefined : undefined,
    publishedAt: isoOrUndefined(text(entry.published) || text(entry.updated)),
    channel: 'feed',
  };
}

/** Items of an RSS 2.0, RSS 1.0 (RDF) or Atom document; anything else is a permanent error. */
export function parseXmlFeed(xml: string): RawItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new PermanentIngestError(`malformed XML feed: ${msg} (line ${line})`);
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss) return ((((rss.channel as Node | undefined)?.item as Node[]) ?? []) as Node[]).map(rssItem);
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) return ((rdf.item as Node[]) ?? []).map(rssItem);
  const feed = doc.feed as Node | undefined;
  if (feed) return ((feed.entry as Node[]) ?? []).map(atomEntry);
  throw new PermanentIngestError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
}
