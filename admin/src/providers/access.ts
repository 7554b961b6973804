// The access rules alone (no zod, no calendar data): this module is in the initial bundle.
import type { Role } from '@desk/core';
import { accessTable, roles } from '@desk/core/access';

type Table = Record<string, Record<string, readonly Role[] | undefined> | undefined>;

/** react-admin's own action names mapped onto the API's; `delete` stays `delete`. */
const raActions: Record<string, string> = { read: 'show', clone: 'create' };

/**
 * The one access question of the admin, answered by the API's own table from `@desk/core`, so a menu,
 * page or button is offered only when the API would allow it. Unknown resources and actions are denied.
 */
export function canAccess(role: string | undefined, resource: string, action: string): boolean {
  if (!role || !(roles as readonly string[]).includes(role)) return false;
  const entry = (accessTable as unknown as Table)[resource];
  const allowed = entry?.[raActions[action] ?? action];
  return allowed?.includes(role as Role) ?? false;
}

/** Whether the API knows the action at all (e.g. `export` exists only for some resources). */
export function hasAction(resource: string, action: string): boolean {
  return Boolean((accessTable as unknown as Table)[resource]?.[action]);
}

/** Export follows the `export` entry when the table has one, otherwise whoever may list may export. */
export function canExport(role: string | undefined, resource: string): boolean {
  return canAccess(role, resource, hasAction(resource, 'export') ? 'export' : 'list');
}
