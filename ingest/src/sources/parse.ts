import type { JsonMapping, RawItem } from '@desk/core';
import { decodeBody } from './decode';
import { parseJsonFeed } from './feed-json';
import { parseXmlFeed } from './feed-xml';

/** Decode a fetched body and read its items by the source's type (rss and atom share one parser). */
export function parseFeed(
  source: { type: string; encoding: string | null; mapping: JsonMapping | null },
  body: { bytes: Buffer; contentType: string | null },
): RawItem[] {
  const { text } = decodeBody(body.bytes, { contentType: body.contentType, override: source.encoding });
  return source.type === 'json' ? parseJsonFeed(text, source.mapping) : parseXmlFeed(text);
}
