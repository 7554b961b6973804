import { type Role, roles } from '../domain/role';
import type { Actor } from '../domain/user';

/** The roles and their names, for the admin's initial bundle (no zod). */
export { roleLabels, roles } from '../domain/role';

/** Every role: what anyone signed in may do. */
const everyone = roles;

/**
 * Who may do what: one pure table of (resource × action → roles), after react-admin's canAccess.
 * The API applies it to every route; the admin uses the same table to hide what would be refused.
 * Department scoping (a handler sees only their own department's records) is `departmentScope` below.
 */
export const accessTable = {
  users: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'] },
  departments: {
    list: everyone,
    show: everyone,
    create: ['admin'],
    edit: ['admin'],
  },
  sources: {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin'],
    edit: ['admin'],
    delete: ['admin'],
  },
  'api-keys': { list: ['admin'], create: ['admin'], delete: ['admin'] },
  messages: {
    list: everyone,
    show: everyone,
    edit: ['admin', 'duty'],
    // Paste a link the desk missed: the page becomes a message of the manual source.
    create: ['admin', 'duty'],
    unmask: ['admin', 'duty'],
    export: ['admin', 'duty', 'leader'],
  },
  'audit-log': { list: ['admin', 'reviewer'], show: ['admin', 'reviewer'] },
  // Cases and replies (issue 5). Transitions are checked per action by rules/case-machine.ts.
  cases: {
    list: everyone,
    show: everyone,
    create: ['admin', 'duty'],
    edit: ['admin', 'duty'],
    // Leaders pass here only to reach approve / reject, which the workflow settings may allow them.
    act: everyone,
    comment: everyone,
    unmask: ['admin', 'duty', 'handler'],
    export: everyone,
  },
  drafts: {
    list: everyone,
    show: everyone,
    create: ['admin', 'handler'],
  },
  templates: {
    list: ['admin', 'duty', 'handler', 'reviewer'],
    show: ['admin', 'duty', 'handler', 'reviewer'],
    create: ['admin'],
    edit: ['admin'],
    delete: ['admin'],
  },
  responses: {
    list: everyone,
    show: everyone,
  },
  'deadline-policies': {
    list: everyone,
    show: everyone,
    create: ['admin'],
    edit: ['admin'],
    delete: ['admin'],
  },
  calendar: {
    list: everyone,
    show: everyone,
    create: ['admin'],
    delete: ['admin'],
  },
  'legal-challenges': {
    list: ['admin', 'reviewer', 'leader'],
    show: ['admin', 'reviewer', 'leader'],
    create: ['admin', 'reviewer'],
    edit: ['admin', 'reviewer'],
  },
  reports: {
    annual: ['admin', 'reviewer', 'leader'],
    sla: ['admin', 'duty', 'reviewer', 'leader'],
    daily: ['admin', 'duty', 'reviewer', 'leader'],
  },
  'workflow-settings': {
    show: everyone,
    edit: ['admin'],
  },
  notifications: {
    list: everyone,
    edit: everyone,
  },
  // Aggregate figures for the desk's charts (issue 6); handlers would see other departments' totals.
  dashboard: { leader: ['admin', 'duty', 'reviewer', 'leader'] },
  queues: { list: ['admin'] },
  // Topics (issue 4): duty officers and admins manage, leaders read; handlers only their department's alerts.
  categories: {
    list: everyone,
    show: everyone,
    create: ['admin'],
    edit: ['admin'],
  },
  training: { list: ['admin'], create: ['admin'], train: ['admin'], confirm: ['admin', 'duty'] },
  schemes: {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin', 'duty'],
    edit: ['admin', 'duty'],
    delete: ['admin', 'duty'],
  },
  // Handlers: only the events linked to a case of their department (api/src/routes/events/scope.ts).
  events: {
    list: everyone,
    show: everyone,
    edit: ['admin', 'duty'],
    // Open an event from messages, or merge messages into one (triage on the message list).
    create: ['admin', 'duty'],
  },
  alerts: {
    list: ['admin', 'duty', 'handler', 'leader'],
    show: ['admin', 'duty', 'handler', 'leader'],
    create: ['admin', 'duty'],
    acknowledge: ['admin', 'duty', 'handler'],
  },
  'alert-channels': { list: ['admin', 'duty'], create: ['admin'], edit: ['admin'], delete: ['admin'] },
  // Risk rules (研判): the administrator and the duty desk tune them, leaders read them.
  'risk-rules': {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin', 'duty'],
    edit: ['admin', 'duty'],
    delete: ['admin'],
  },
  // The gazetteer: everyone reads the places (they name regions); the administrator keeps them.
  places: {
    list: everyone,
    show: everyone,
    create: ['admin'],
    edit: ['admin'],
    delete: ['admin'],
  },
  'routing-rules': {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin'],
    edit: ['admin'],
    delete: ['admin'],
  },
  shifts: {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin', 'duty'],
    edit: ['admin', 'duty'],
    delete: ['admin', 'duty'],
  },
  handovers: {
    list: ['admin', 'duty', 'leader'],
    show: ['admin', 'duty', 'leader'],
    create: ['admin', 'duty'],
    edit: ['admin', 'duty'],
  },
  stream: { read: everyone },
} as const satisfies Record<string, Record<string, readonly Role[]>>;

export type Resource = keyof typeof accessTable;
export type ActionOf<R extends Resource> = keyof (typeof accessTable)[R] & string;

export function canAccess<R extends Resource>(role: Role, resource: R, action: ActionOf<R>): boolean {
  const allowed = (accessTable[resource] as Record<string, readonly Role[] | undefined>)[action];
  return allowed?.includes(role) ?? false;
}

/**
 * The department a list or lookup must be limited to, or null when the actor sees every department.
 * A handler without a department sees nothing (scope -1 never matches a real id).
 */
export function departmentScope(actor: Pick<Actor, 'role' | 'departmentId'>): number | null {
  if (actor.role !== 'handler') return null;
  return actor.departmentId ?? -1;
}
