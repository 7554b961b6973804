import type { Actor, AuditActor, UserActor } from '@desk/core';

/** The author of changes a test or fixture makes directly through core (its audit rows name "test"). */
export const testActor: AuditActor = { userId: null, username: 'test', requestId: null, ip: null };

/** A signed-in user acting through core directly, as the API would pass them. */
export const asUser = (user: Actor): UserActor => ({ ...testActor, ...user, userId: user.id });
