import type { Actor } from './user';

/** Who makes a change and from where: the author of the change's audit row. */
export interface AuditActor {
  userId: number | null;
  username: string | null;
  requestId: string | null;
  ip: string | null;
}

/** A signed-in user making a change: what access rules need plus what the audit row records. */
export type UserActor = Actor & AuditActor & { userId: number };

/** Changes the desk makes by itself (workers, the command line) name the process instead of a user. */
export const processActor = (name: 'system' | 'cli'): AuditActor => ({
  userId: null,
  username: name,
  requestId: null,
  ip: null,
});
