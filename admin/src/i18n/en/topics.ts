import type { SameKeys } from '../types';
import type { topicsZh } from '../zh-CN/topics';

export const topicsEn: SameKeys<typeof topicsZh> = {
  resources: {
    categories: {
      name: 'Category |||| Categories & training',
      fields: {
        name: 'Name',
        code: 'Code',
        nameEn: 'English name',
        keywords: 'Keyword rules',
        sortOrder: 'Order',
        active: 'Active',
      },
    },
    schemes: {
      name: 'Monitoring scheme |||| Monitoring schemes',
      fields: {
        name: 'Name',
        description: 'Description',
        regionWords: 'Region words',
        subjectWords: 'Subject words',
        eventWords: 'Event words',
        excludeWords: 'Exclusion words',
        sourceIds: 'Only sources',
        channels: 'Only channels',
        regions: 'Only regions',
        alertThreshold: 'Alert threshold (hits/hour)',
        hitCount: 'Hits',
        active: 'Active',
      },
    },
    events: {
      name: 'Event |||| Hot events',
      fields: {
        q: 'Search',
        title: 'Event',
        hotness: 'Hotness',
        trend: 'Trend',
        keywords: 'Keywords',
        messageCount: 'Messages',
        negativeShare: 'Negative',
        volume: 'Volume',
        severity: 'Severity',
        status: 'Status',
        regions: 'Regions',
        firstSeenAt: 'First seen',
        lastSeenAt: 'Last seen',
      },
    },
    alerts: {
      name: 'Alert |||| Alerts',
      fields: {
        open: 'Open only',
        level: 'Level',
        kind: 'Kind',
        title: 'Alert',
        eventId: 'Event',
        caseId: 'Case',
        createdAt: 'Time',
        acknowledgedAt: 'Acknowledged',
      },
    },
    'routing-rules': {
      name: 'Routing rule |||| Routing rules',
      fields: {
        name: 'Name',
        departmentId: 'Department',
        topic: 'Category',
        schemeId: 'Scheme',
        keywords: 'Keywords',
        regions: 'Regions',
        priority: 'Priority',
        active: 'Active',
      },
    },
    shifts: {
      name: 'Shift |||| Duty rota',
      fields: {
        userId: 'Duty officer',
        startsAt: 'Starts',
        endsAt: 'Ends',
        email: 'Notification e-mail',
        note: 'Note',
      },
    },
    handovers: {
      name: 'Handover |||| Shift handovers',
      fields: {
        createdAt: 'Time',
        fromUserId: 'From',
        toUserId: 'To',
        summary: 'Handover notes',
        openAlertIds: 'Open alerts',
        openEventIds: 'Events in progress',
        acknowledgedAt: 'Taken over',
      },
    },
  },
  desk: {
    schemes: {
      logic:
        'Rule: any region word AND any subject word AND any event word, and none of the exclusion words; an empty group does not restrict.',
      hits: 'Latest hits',
    },
    alerts: { acknowledge: 'Acknowledge', acknowledged: 'Alert acknowledged' },
    shifts: { on_duty: 'On duty' },
    training: {
      title: 'Classifier training',
      kind: 'Model',
      kinds: { topic: 'Category', sentiment: 'Sentiment' },
      upload: 'Upload labelled data',
      train: 'Retrain',
      format_topic: 'CSV or JSONL with title, body (optional), category',
      format_sentiment: 'CSV or JSONL with text, label (0 negative / 1 positive)',
    },
    enum: {
      eventStatus: { open: 'Open', watching: 'Watching', closed: 'Closed' },
      eventSeverity: { 特别重大: 'Especially major', 重大: 'Major', 较大: 'Large', 一般: 'General' },
      sourceHealth: {
        ok: 'OK',
        pending: 'Pending',
        failing: 'Failing',
        quiet: 'Quiet',
        disabled: 'Disabled',
      },
    },
  },
};
