import type { SameKeys } from '../types';
import type { resourcesZh } from '../zh-CN/resources';

export const resourcesEn: SameKeys<typeof resourcesZh> = {
  departments: {
    name: 'Department |||| Departments',
    fields: { name: 'Name', code: 'Code', nameEn: 'English name', active: 'Active' },
  },
  users: {
    name: 'User |||| Users',
    fields: {
      username: 'Username',
      displayName: 'Name',
      role: 'Role',
      departmentId: 'Department',
      active: 'Active',
      password: 'Password',
    },
  },
};
