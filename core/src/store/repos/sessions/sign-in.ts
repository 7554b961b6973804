import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { appendAudit, audited } from '../audit-log/append';
import { recordSuccessfulLogin } from '../users';
import { createSession, deleteSession } from './records';

export interface SignInUser {
  id: number;
  username: string;
  departmentId: number | null;
}

/** A successful sign-in: the failure count resets, a session opens, and the audit row names the user. */
export function signIn(db: Db, actor: AuditActor, user: SignInUser, ttlMinutes: number): Promise<string> {
  const by = { ...actor, userId: user.id, username: user.username };
  return audited(db, by, async (tx, audit) => {
    await recordSuccessfulLogin(tx, user.id);
    const token = await createSession(tx, user.id, ttlMinutes);
    await audit({ action: 'login', entity: 'users', entityId: user.id, departmentId: user.departmentId });
    return token;
  });
}

/**
 * A refused sign-in is recorded on purpose (the refusal, not a change): the audit row names the
 * username typed, masked by the caller, and the account if one has that name.
 */
export function recordSignInRefusal(
  db: Db,
  actor: AuditActor,
  refusal: { action: 'login.failed' | 'login.throttled'; typedName: string; userId?: number | null },
): Promise<void> {
  const by = { ...actor, username: refusal.typedName };
  return appendAudit(db, by, { action: refusal.action, entity: 'users', entityId: refusal.userId ?? null });
}

/** Signing out ends the session; the audit row says who left. */
export function signOut(db: Db, actor: AuditActor, token: string): Promise<void> {
  return audited(db, actor, async (tx, audit) => {
    await deleteSession(tx, token);
    await audit({ action: 'logout', entity: 'users', entityId: actor.userId });
  });
}
