import type { ExportColumn } from '../common/export/table';

type Label = (kind: string, value: unknown) => string;
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The case sheet a department or the office hands on: readable labels instead of codes. */
export function caseExportColumns(label: Label, translate: Translate): ExportColumn[] {
  const h = (f: string) => translate(`resources.cases.fields.${f}`);
  return [
    { source: 'code', header: h('code') },
    { source: 'title', header: h('title') },
    { source: 'type', header: h('type'), format: (v) => label('caseType', v) },
    { source: 'severity', header: h('severity'), format: (v) => label('severity', v) },
    { source: 'status', header: h('status'), format: (v) => label('caseStatus', v) },
    { source: 'channel', header: h('channel'), format: (v) => label('caseChannel', v) },
    { source: 'leadDepartmentId', header: h('leadDepartmentId'), reference: 'departments' },
    { source: 'receivedAt', header: h('receivedAt') },
    { source: 'dueAt', header: h('dueAt') },
    { source: 'overdue', header: h('overdue') },
    { source: 'publishedAt', header: h('publishedAt') },
  ];
}
