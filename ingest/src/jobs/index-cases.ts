import { caseDocumentsAfter, caseIndexStart, saveCaseIndexWatermark } from '@desk/core/store';
import { indexUid } from '@desk/search-config';
import type { IngestContext } from '../context';
import type { DeskJobHandler } from './deps';

/** Send every case changed since the last pass to the `cases` index; the watermark moves only after success. */
export async function indexChangedCases(ctx: Pick<IngestContext, 'db' | 'search'>): Promise<number> {
  const index = ctx.search.client.index(indexUid(ctx.search.config, 'cases'));
  let cursor = await caseIndexStart(ctx.db);
  let sent = 0;
  for (;;) {
    const page = await caseDocumentsAfter(ctx.db, cursor);
    if (page.documents.length)
      await index.addDocuments(page.documents, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    sent += page.documents.length;
    cursor = page.next;
    if (!page.more) break;
  }
  if (sent) await saveCaseIndexWatermark(ctx.db, cursor);
  return sent;
}

/** `index-cases` (repeatable): keep the cases index (similar-case suggestions) fresh. */
export const indexCases: DeskJobHandler<'index-cases'> = (deps) => async () => ({
  sent: await indexChangedCases(deps),
});
