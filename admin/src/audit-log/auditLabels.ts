import { caseActions } from '@desk/core';
import { type RaRecord, useTranslate } from 'react-admin';

/** The objects the audit log records (the `entity` each repository writes). */
export const auditEntities = [
  'cases',
  'drafts',
  'messages',
  'events',
  'alerts',
  'users',
  'departments',
  'sources',
  'api-keys',
  'templates',
  'categories',
  'schemes',
  'risk-rules',
  'routing-rules',
  'places',
  'shifts',
  'handovers',
  'deadline-policies',
  'calendar-overrides',
  'legal-challenges',
  'alert-channels',
  'workflow-settings',
  'training',
  'reports',
  'audit-log',
] as const;

/** The actions it records: the general ones, then every case workflow step as `case.<action>`. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'login',
  'login.failed',
  'login.throttled',
  'logout',
  'unmask',
  'export',
  'list',
  'acknowledge',
  'merge',
  'attach',
  'pull',
  'revoke',
  'upload',
  'train',
  'draft',
  'draft.create',
  'confirm-topic',
  'confirm-sentiment',
  'case.comment',
  'escalate.due-soon',
  'escalate.overdue',
  ...caseActions.map((a) => `case.${a}`),
];

/**
 * Audit actions and objects in the reader's language. An action is looked up in `desk.audit.actions`
 * (dots and dashes as `_`: login.failed → login_failed); a case workflow step (case.publish) reads as the
 * workflow's own label (desk.cases.actions.publish); an object is its resource's name. Anything new is
 * shown as stored rather than hidden.
 */
export const useAuditLabels = () => {
  const translate = useTranslate();
  const key = (s: string) => s.replace(/[.-]/g, '_');
  const action = (value: unknown): string => {
    const a = String(value ?? '');
    const own = translate(`desk.audit.actions.${key(a)}`, { _: '' });
    if (own) return own;
    if (a.startsWith('case.')) return translate(`desk.cases.actions.${a.slice(5)}`, { _: a });
    return a;
  };
  const entity = (value: unknown): string => {
    const e = String(value ?? '');
    return translate(`desk.audit.entities.${key(e)}`, {
      _: translate(`resources.${e}.name`, { smart_count: 1, _: e }),
    });
  };
  /** One entry in a line: `admin · 发布 · 工单 #12`. */
  const line = (r: RaRecord) =>
    `${r.actorName ?? '—'} · ${action(r.action)} · ${entity(r.entity)}${r.entityId ? ` #${r.entityId}` : ''}`;
  const choices = {
    entity: auditEntities.map((id) => ({ id, name: entity(id) })),
    action: auditActions.map((id) => ({ id, name: action(id) })),
  };
  return { action, entity, line, choices };
};
