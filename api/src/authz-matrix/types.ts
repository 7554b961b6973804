import type { Role } from '@desk/core';
import type { Fixtures } from './fixtures';

/**
 * allow: the role may call it. deny: 403 (or 404 for records it may not know of).
 * own: a handler may call it for a record of their own department and is refused one of another's.
 */
export type Access = 'allow' | 'deny' | 'own';

/** Which department's record a call is made for: the handler's own (教育局) or another (卫健委). */
export type Side = 'own' | 'other';

type Maybe<T> = T | Promise<T>;

export interface RouteExpectation {
  /** 'public' needs no session; otherwise the access of each role (a role left out is denied). */
  access: 'public' | Partial<Record<Role, Access>>;
  /** Values of the `:params` of the path for one call; may create a fresh record (for deletes). */
  params?: (f: Fixtures, side: Side) => Maybe<Record<string, string | number>>;
  /** Query string without `?`. */
  query?: string | ((f: Fixtures, side: Side) => Maybe<string>);
  /** JSON body; a valid one, so an allowed call is not refused for its body. */
  body?: object | ((f: Fixtures, side: Side) => Maybe<object>);
  /** Sign in afresh for each call (the route ends or changes the session, e.g. logout). */
  freshSession?: boolean;
  /** Extra headers (e.g. X-Api-Key for machine routes). */
  headers?: (f: Fixtures) => Maybe<Record<string, string>>;
}

/** Keys are "METHOD /api/path/:param" exactly as Hono lists the route in `app.routes`. */
export type Matrix = Record<string, RouteExpectation>;

export const everyone = {
  admin: 'allow',
  duty: 'allow',
  handler: 'allow',
  reviewer: 'allow',
  leader: 'allow',
} as const;
export const scopedToDepartment = {
  admin: 'allow',
  duty: 'allow',
  handler: 'own',
  reviewer: 'allow',
  leader: 'allow',
} as const;
export const adminOnly = { admin: 'allow' } as const;
