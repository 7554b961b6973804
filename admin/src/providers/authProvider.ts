import type { Actor } from '@desk/core';
import type { AuthProvider } from 'react-admin';
import { canAccess } from './access';
import { httpClient } from './http';

const USER_KEY = 'desk.user';

export const currentUser = (): Actor | undefined => {
  const raw = localStorage.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as Actor) : undefined;
};

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    const { json } = await httpClient('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    // Only the public profile is kept; the session lives in an httpOnly cookie.
    localStorage.setItem(USER_KEY, JSON.stringify(json.user));
  },
  async logout() {
    localStorage.removeItem(USER_KEY);
    await httpClient('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth() {
    if (!currentUser()) throw new Error('not signed in');
  },
  async checkError(error) {
    if (error?.status === 401) {
      localStorage.removeItem(USER_KEY);
      throw error;
    }
  },
  async getIdentity() {
    const { json } = await httpClient('/api/auth/me');
    localStorage.setItem(USER_KEY, JSON.stringify(json));
    return { id: json.id, fullName: json.displayName, role: json.role, departmentId: json.departmentId };
  },
  async getPermissions() {
    return currentUser()?.role;
  },
  async canAccess({ resource, action }) {
    return canAccess(currentUser()?.role, resource, action);
  },
};
