import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { audited } from '../audit-log/append';
import { recordFailedLogin, recordSuccessfulLogin } from '../users';
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

export interface SignInRefusal {
  /** The username tried, kept as the audit row's actor name (the account may not exist). */
  username: string;
  /** The account of that name, if any: its failures are counted towards the lock. */
  userId: number | null;
  /** Refused because the account is locked (the attempt is not counted again). */
  locked: boolean;
  limits: { maxFailures: number; lockMinutes: number };
}

/** A refused sign-in is recorded on purpose: the count towards the lock and the audit row commit together. */
export function refuseSignIn(db: Db, actor: AuditActor, refusal: SignInRefusal): Promise<void> {
  const { userId, locked, limits } = refusal;
  return audited(db, { ...actor, username: refusal.username }, async (tx, audit) => {
    if (userId !== null && !locked)
      await recordFailedLogin(tx, userId, limits.maxFailures, limits.lockMinutes);
    await audit({ action: locked ? 'login.locked' : 'login.failed', entity: 'users', entityId: userId });
  });
}

/** Signing out ends the session; the audit row says who left. */
export function signOut(db: Db, actor: AuditActor, token: string): Promise<void> {
  return audited(db, actor, async (tx, audit) => {
    await deleteSession(tx, token);
    await audit({ action: 'logout', entity: 'users', entityId: actor.userId });
  });
}
