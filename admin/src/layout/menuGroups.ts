/**
 * The menu in the order each role works: watch → handle → analyse → administer.
 * An entry is a resource (shown when the role may list it) or a custom page guarded by a resource action.
 */
export interface MenuEntry {
  resource: string;
  /** A custom route instead of the resource's list. */
  to?: string;
  label?: string;
  /** Access asked for a custom page, default `list`. */
  action?: string;
  external?: boolean;
}

export const menuGroups: { key: string; entries: MenuEntry[] }[] = [
  {
    key: 'watch',
    entries: [
      { resource: 'messages', to: '/stream', label: 'desk.menu.stream' },
      { resource: 'messages' },
      { resource: 'alerts' },
      { resource: 'events' },
      { resource: 'schemes' },
      { resource: 'risk-rules' },
      { resource: 'shifts' },
      { resource: 'handovers' },
    ],
  },
  { key: 'cases', entries: [{ resource: 'cases' }, { resource: 'responses' }] },
  {
    key: 'analysis',
    entries: [{ resource: 'reports', to: '/reports', label: 'desk.menu.reports', action: 'sla' }],
  },
  {
    key: 'admin',
    entries: [
      { resource: 'sources' },
      { resource: 'categories' },
      { resource: 'departments' },
      { resource: 'places' },
      { resource: 'routing-rules' },
      { resource: 'users' },
      { resource: 'deadline-policies' },
      { resource: 'calendar' },
      {
        resource: 'workflow-settings',
        to: '/workflow-settings',
        label: 'desk.menu.workflow_settings',
        action: 'edit',
      },
      { resource: 'templates' },
      { resource: 'api-keys' },
      { resource: 'audit-log' },
      { resource: 'queues', to: '/admin/queues', label: 'desk.menu.queues', external: true },
    ],
  },
];
