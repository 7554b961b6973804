import { type RaRecord, useTranslate } from 'react-admin';

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
  return { action, entity, line };
};
