import { cosine, messageKeywords, type TermVector, vectorOf } from './vector';

/** The similarity of a message title alone to an event's centroid (how well it names the event). */
export function titleFit(title: string, centroid: TermVector): number {
  return cosine(vectorOf(messageKeywords(title)), centroid);
}

/**
 * An event's title: the title of its most representative message, the one whose own words are closest
 * to the event's centroid (the earliest of equals), rather than whichever message came first.
 */
export function representativeTitle(titles: readonly string[], centroid: TermVector): string {
  let best = { title: titles[0] ?? '', fit: -1 };
  for (const title of new Set(titles)) {
    const fit = titleFit(title, centroid);
    if (fit > best.fit) best = { title, fit };
  }
  return best.title;
}
