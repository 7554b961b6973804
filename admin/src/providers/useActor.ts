import type { Actor } from '@desk/core';
import { currentUser } from './authProvider';

/** The signed-in person as stored at login (role, department); the server re-checks everything. */
export function useActor(): Actor | undefined {
  return currentUser();
}
