import { everyone, type Matrix, scopedToDepartment } from './types';

/** Cases and their sub-resources (issue 5). */
export const matrix: Matrix = {
  'GET /api/cases': { access: everyone },
  'POST /api/cases': {
    access: { admin: 'allow', duty: 'allow' },
    body: { type: 'complaint', title: '矩阵新建', body: '内容', channel: 'web' },
  },
  'GET /api/cases/:id': { access: scopedToDepartment, params: (f, side) => ({ id: f.assignedCase[side] }) },
  'PUT /api/cases/:id': {
    access: { admin: 'allow', duty: 'allow' },
    params: (f, side) => ({ id: f.assignedCase[side] }),
    body: { title: '矩阵修改' },
  },
  // `suspend` stands for the transitions: the lead handler and the desk may, reviewer and leader may not.
  'POST /api/cases/:id/actions/:action': {
    access: { admin: 'allow', duty: 'allow', handler: 'own' },
    params: async (f, side) => ({ id: await f.freshCase(side), action: 'suspend' }),
    body: { reason: 'other', note: '矩阵' },
  },
  'GET /api/cases/:id/history': {
    access: scopedToDepartment,
    params: (f, side) => ({ id: f.assignedCase[side] }),
  },
  'GET /api/cases/:id/comments': {
    access: scopedToDepartment,
    params: (f, side) => ({ id: f.assignedCase[side] }),
  },
  'POST /api/cases/:id/comments': {
    access: scopedToDepartment,
    params: (f, side) => ({ id: f.assignedCase[side] }),
    body: { body: '矩阵批注' },
  },
  'POST /api/cases/:id/unmask': {
    access: { admin: 'allow', duty: 'allow', handler: 'own' },
    params: (f, side) => ({ id: f.assignedCase[side] }),
    body: {},
  },
  'GET /api/cases/:id/suggestions': {
    access: scopedToDepartment,
    params: (f, side) => ({ id: f.assignedCase[side] }),
  },
  'GET /api/drafts': { access: everyone },
  'GET /api/drafts/:id': { access: scopedToDepartment, params: (f, side) => ({ id: f.draft[side] }) },
  'POST /api/drafts': {
    access: { admin: 'allow', handler: 'own' },
    body: (f, side) => ({ caseId: f.draftingCase[side], body: '矩阵答复稿' }),
  },
  'GET /api/responses': { access: everyone },
  'GET /api/responses/:id': { access: scopedToDepartment, params: (f, side) => ({ id: f.response[side] }) },
  'GET /api/public/responses.json': { access: 'public' },
  'GET /api/public/responses.rss': { access: 'public' },
  'GET /api/public/responses/:code': {
    access: 'public',
    params: (f, side) => ({ code: `GD${String(f.publishedCase[side]).padStart(7, '0')}` }),
  },
  'GET /api/notifications': { access: everyone },
  'POST /api/notifications/read-all': { access: everyone, body: {} },
  'POST /api/notifications/:id/read': { access: everyone, params: () => ({ id: 1 }), body: {} },
};
