import type { ExportColumn } from '../common/export/table';

type Label = (kind: string, value: unknown) => string;
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Messages as the analyst reads them in Excel; text is the masked text the API returns. */
export function messageExportColumns(label: Label, translate: Translate): ExportColumn[] {
  const h = (f: string) => translate(`resources.messages.fields.${f}`);
  return [
    { source: 'id', header: 'ID' },
    { source: 'receivedAt', header: h('receivedAt') },
    { source: 'publishedAt', header: h('publishedAt') },
    { source: 'title', header: h('title') },
    { source: 'body', header: h('body') },
    { source: 'sourceId', header: h('sourceId'), reference: 'sources' },
    { source: 'channel', header: h('channel'), format: (v) => label('messageChannel', v) },
    { source: 'inquiryType', header: h('inquiryType') },
    { source: 'region', header: h('region') },
    { source: 'topic', header: h('topic') },
    { source: 'sentimentLabel', header: h('sentimentLabel'), format: (v) => label('sentiment', v) },
    { source: 'keywords', header: h('keywords') },
    { source: 'likes', header: h('likes') },
    { source: 'replies', header: h('replies') },
    { source: 'status', header: h('status'), format: (v) => label('messageStatus', v) },
    { source: 'url', header: h('url') },
  ];
}
