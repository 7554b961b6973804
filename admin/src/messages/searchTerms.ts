/** The words the message page marks (`?hl=` from a search page). */
export const highlightTerms = (search: string): string[] =>
  (new URLSearchParams(search).get('hl') ?? '')
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 20);
