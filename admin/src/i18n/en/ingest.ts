import type { SameKeys } from '../types';
import type { ingestZh } from '../zh-CN/ingest';

export const ingestEn: SameKeys<typeof ingestZh> = {
  resources: {
    messages: {
      name: 'Message |||| Message search',
      fields: {
        q: 'Full text',
        title: 'Title',
        body: 'Text',
        sourceId: 'Source',
        channel: 'Channel',
        kind: 'Kind',
        inquiryType: 'Inquiry type',
        region: 'Region',
        topic: 'Category',
        sentimentLabel: 'Sentiment',
        status: 'Status',
        receivedAt: 'Received',
        publishedAt: 'Published',
        author: 'Author',
        keywords: 'Keywords',
        likes: 'Likes / replies',
        replies: 'Replies',
        url: 'Original URL',
        caseId: 'Case',
        eventId: 'Event',
        duplicateCount: 'Reposts',
        from: 'From',
        to: 'To',
      },
    },
    sources: {
      name: 'Source |||| Sources',
      fields: {
        name: 'Name',
        type: 'Type',
        url: 'URL',
        intervalSeconds: 'Interval (s)',
        encoding: 'Encoding',
        mapping: 'JSON mapping',
        enabled: 'Enabled',
        health: 'Health',
        lastFetchAt: 'Last fetch',
        lastSuccessAt: 'Last success',
        lastNewItemAt: 'Last new item',
        consecutiveFailures: 'Failures in a row',
        lastError: 'Last error',
        itemsTotal: 'Items',
      },
    },
    'api-keys': {
      name: 'API key |||| API keys',
      fields: {
        name: 'Name',
        prefix: 'Prefix',
        createdAt: 'Created',
        lastUsedAt: 'Last used',
        revokedAt: 'Revoked',
      },
    },
  },
  desk: {
    messages: {
      needs_review: 'needs review',
      mark_noise: 'Mark as noise',
      mark_triaged: 'Mark as triaged',
      open_original: 'Open original',
      cases_created: '%{smart_count} case created |||| %{smart_count} cases created',
      category_confirmed:
        'Category confirmed for %{smart_count} message |||| Category confirmed for %{smart_count} messages',
      set_category: 'Confirm / correct category',
      merge_event: 'Merge into event',
    },
    sources: {
      mapping_help:
        'Field mapping of a JSON feed, e.g. {"items":"data.list","title":"subject"}; empty means JSON Feed 1.1 names',
      health: { ok: 'OK', pending: 'Pending', failing: 'Failing', quiet: 'Quiet', disabled: 'Disabled' },
    },
    apiKeys: {
      created: 'Key created. Copy it now, it is shown only once:',
      revoke: 'Revoke',
      revoked: 'Revoked',
      copy: 'Copy',
    },
    enum: {
      messageChannel: {
        web: 'Web',
        letter: 'Letter',
        phone: 'Phone',
        wechat: 'WeChat',
        feed: 'Feed',
        import: 'Import',
      },
      messageStatus: { new: 'New', noise: 'Noise', triaged: 'Triaged', case: 'Case' },
      messageKind: { web: 'Web message', inquiry: 'Portal inquiry' },
    },
  },
};
