import type { SameKeys } from '../types';
import type { adminZh } from '../zh-CN/admin';

export const adminEn: SameKeys<typeof adminZh> = {
  resources: {
    'deadline-policies': {
      name: 'Deadline policy |||| Deadline policies',
      fields: {
        label: 'Name',
        jurisdiction: 'Jurisdiction',
        caseType: 'Case type',
        severity: 'Severity',
        unit: 'Clock',
        targets: 'Deadlines',
        key: 'Milestone',
        amount: 'Amount',
        maxExtensions: 'Extensions allowed',
        maxExtensionAmount: 'Max. per extension',
        notifyLeader: 'Notify leader when overdue',
        basis: 'Legal basis',
        active: 'Active',
      },
    },
    'calendar-overrides': {
      name: 'Calendar override |||| Calendar overrides',
      fields: { date: 'Date', kind: 'Kind', name: 'Name', note: 'Note' },
    },
    'audit-log': {
      name: 'Audit entry |||| Audit log',
      fields: {
        at: 'Time',
        actorName: 'Who',
        action: 'Action',
        entity: 'Object',
        entityId: 'Object id',
        departmentId: 'Department',
        ip: 'IP',
        from: 'From',
        to: 'To',
      },
    },
    responses: {
      name: 'Published response |||| Published responses',
      fields: {
        caseCode: 'Case no.',
        title: 'Title',
        caseType: 'Type',
        departmentName: 'Responding department',
        body: 'Response',
        publishedAt: 'Published',
      },
    },
  },
  desk: {
    templates: { placeholders: 'Placeholders: ' },
    calendar: {
      calculator: 'Deadline calculator',
      start: 'Received on',
      working_days: 'Working days',
      calculate: 'Calculate',
    },
    responses: { feed: 'Public feed (JSON)' },
    enum: {
      clockUnit: { hours: 'h', 'working-days': 'working days' },
      dayKind: { holiday: 'Holiday', workday: 'Make-up working day' },
    },
  },
};
