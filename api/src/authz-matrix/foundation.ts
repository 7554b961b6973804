import { adminOnly, everyone, type Matrix } from './types';

/** Sign-in, health, users, departments and the API description. */
export const matrix: Matrix = {
  'GET /api/health': { access: 'public' },
  'POST /api/auth/login': { access: 'public', body: { username: 'duty', password: 'desk-demo' } },
  'POST /api/auth/logout': { access: everyone, freshSession: true, body: {} },
  'GET /api/auth/me': { access: everyone },
  'GET /api/openapi.json': { access: 'public' },
  'GET /api/docs': { access: 'public' },
  'GET /api/docs/assets/swagger-ui-dist/:file': {
    access: 'public',
    params: () => ({ file: 'swagger-ui.css' }),
  },
  'GET /api/users': { access: adminOnly },
  'GET /api/users/:id': { access: adminOnly, params: (f) => ({ id: f.admin.id }) },
  'POST /api/users': {
    access: adminOnly,
    body: () => ({
      username: `m${Math.random().toString(36).slice(2, 10)}`,
      displayName: '矩阵',
      password: 'matrix-password',
      role: 'duty',
    }),
  },
  'PUT /api/users/:id': {
    access: adminOnly,
    params: (f) => ({ id: f.admin.id }),
    body: () => ({ displayName: '系统管理员', role: 'admin', departmentId: null, active: true }),
  },
  'GET /api/departments': { access: everyone },
  'GET /api/departments/:id': { access: everyone, params: (f) => ({ id: f.department.own }) },
  'POST /api/departments': {
    access: adminOnly,
    body: () => ({ code: `m-${Math.random().toString(36).slice(2, 8)}`, name: `矩阵部门${Math.random()}` }),
  },
  'PUT /api/departments/:id': {
    access: adminOnly,
    params: (f) => ({ id: f.department.own }),
    body: () => ({ name: `矩阵部门${Math.random()}`, nameEn: null, active: true }),
  },
};
