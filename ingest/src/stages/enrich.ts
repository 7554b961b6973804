import {
  keywordsFromTokens,
  maskContact,
  maskPii,
  type PiiMatch,
  piiKinds,
  segment,
  tagRegion,
} from '@desk/core/text';
import type { DedupedItem, EnrichedItem, StageResult } from './types';

export const KEYWORDS_PER_MESSAGE = 8;
/** A keyword is a word: it has a Han character or a letter, no masking stars, at least two characters. */
const WORDLIKE = /[\p{Script=Han}A-Za-z]/u;

/** Keywords of the tokens, leaving out any token that is part of personal data (an e-mail's name part). */
function keywordsOf(tokens: string[], pii: PiiMatch[]): string[] {
  const personal = (w: string) => pii.some((m) => m.value.includes(w));
  return keywordsFromTokens(tokens, KEYWORDS_PER_MESSAGE + 4)
    .map((k) => k.word)
    .filter((w) => w.length >= 2 && WORDLIKE.test(w) && !personal(w))
    .slice(0, KEYWORDS_PER_MESSAGE);
}

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
  const tokens = item.tokens ?? segment(`${item.title}\n${item.body}`);
  return {
    ...item,
    masked,
    piiKinds: piiKinds(found),
    contactMasked,
    // No part of a phone number, ID or e-mail may become a keyword; the region reads the masked text.
    keywords: keywordsOf(tokens, found),
    region: tagRegion(`${masked.title}\n${masked.body}`),
  };
}

/** Stage 3: personal data found and masked, TF-IDF keywords (jieba + city dictionary), region tag. */
export function enrich(items: DedupedItem[]): StageResult<EnrichedItem> {
  return { items: items.map(enrichItem) };
}
