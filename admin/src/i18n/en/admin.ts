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
    'workflow-settings': {
      name: 'Workflow settings |||| Workflow settings',
      fields: { leaderApproves: 'Leaders may approve drafts' },
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
    menu: { workflow_settings: 'Workflow settings' },
    workflow: {
      leader_approves_hint:
        'When on, leaders may approve or send back reply drafts as reviewers do; when off only reviewers and administrators may.',
      audited: 'Every change is recorded in the audit log.',
      saved: 'Workflow settings saved',
    },
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
