import { extractTerms, maskContact, maskPii, piiKinds, tagRegion } from '@desk/core/text';
import type { DedupedItem, EnrichedItem, StageResult } from './types';

export const KEYWORDS_PER_MESSAGE = 8;

function maskedContactOf(contact: DedupedItem['raw']['contact']): EnrichedItem['contactMasked'] {
  if (!contact || !(contact.name || contact.phone || contact.email)) return null;
  return maskContact({ name: contact.name, phone: contact.phone, email: contact.email });
}

export function enrichItem(item: DedupedItem): EnrichedItem {
  const title = maskPii(item.title);
  const body = maskPii(item.body);
  const author = item.author ? maskPii(item.author) : null;
  const contactMasked = maskedContactOf(item.raw.contact);
  const masked = {
    title: title.text,
    body: body.text,
    author: author?.text ?? contactMasked?.name ?? null,
  };
  const found = [...title.found, ...body.found, ...(author?.found ?? [])];
  const text = `${masked.title}\n${masked.body}`;
  return {
    ...item,
    masked,
    piiKinds: piiKinds(found),
    contactMasked,
    // Keywords and region read the masked text, so no part of a phone number, ID or e-mail is one.
    keywords: extractTerms(text, KEYWORDS_PER_MESSAGE).map((t) => t.word),
    region: tagRegion(text),
  };
}

/** Stage 3: personal data found and masked, keywords (jieba parts of speech, names, no filler), region. */
export function enrich(items: DedupedItem[]): StageResult<EnrichedItem> {
  return { items: items.map(enrichItem) };
}
