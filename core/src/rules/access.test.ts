import { describe, expect, it } from 'vitest';
import { roles } from '../domain/user';
import { accessTable, canAccess, departmentScope } from './access';

describe('access rules', () => {
  it('lets only the admin manage users', () => {
    for (const role of roles) expect(canAccess(role, 'users', 'list')).toBe(role === 'admin');
  });

  it('refuses an action the table does not name', () => {
    expect(canAccess('admin', 'api-keys', 'edit' as never)).toBe(false);
  });

  it('lists every action with at least one role', () => {
    for (const [resource, actions] of Object.entries(accessTable)) {
      for (const [action, allowed] of Object.entries(actions)) {
        expect(allowed.length, `${resource}.${action}`).toBeGreaterThan(0);
      }
    }
  });

  it('limits a handler to their own department and nobody else', () => {
    expect(departmentScope({ role: 'handler', departmentId: 7 })).toBe(7);
    expect(departmentScope({ role: 'handler', departmentId: null })).toBe(-1);
    expect(departmentScope({ role: 'duty', departmentId: 7 })).toBeNull();
  });
});
