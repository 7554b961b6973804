import { adminOnly, everyone, type Matrix } from './types';

const staffButLeader = { admin: 'allow', duty: 'allow', handler: 'allow', reviewer: 'allow' } as const;
const reportReaders = { admin: 'allow', reviewer: 'allow', leader: 'allow' } as const;

/** Templates, deadline policies, the calendar, 复议/诉讼, reports and the audit log (issue 5). */
export const matrix: Matrix = {
  'GET /api/templates': { access: staffButLeader },
  'GET /api/templates/:id': { access: staffButLeader, params: (f) => ({ id: f.template }) },
  'POST /api/templates': { access: adminOnly, body: { name: '矩阵', body: '正文' } },
  'PUT /api/templates/:id': {
    access: adminOnly,
    params: (f) => ({ id: f.template }),
    body: { name: '矩阵改' },
  },
  'DELETE /api/templates/:id': { access: adminOnly, params: async (f) => ({ id: await f.freshTemplate() }) },
  'POST /api/templates/:id/render': {
    access: { admin: 'allow', duty: 'allow', handler: 'own', reviewer: 'allow' },
    params: (f) => ({ id: f.template }),
    body: (f, side) => ({ caseId: f.assignedCase[side] }),
  },
  'GET /api/deadline-policies': { access: everyone },
  'GET /api/deadline-policies/:id': { access: everyone, params: (f) => ({ id: f.policy }) },
  'POST /api/deadline-policies': {
    access: adminOnly,
    body: {
      caseType: 'help',
      unit: 'working-days',
      targets: [{ key: 'answer', amount: 7 }],
      jurisdiction: 'matrix',
    },
  },
  'PUT /api/deadline-policies/:id': {
    access: adminOnly,
    params: (f) => ({ id: f.policy }),
    body: { label: '矩阵' },
  },
  'DELETE /api/deadline-policies/:id': {
    access: adminOnly,
    params: async (f) => ({ id: await f.freshPolicy() }),
  },
  'GET /api/calendar': { access: everyone },
  'GET /api/calendar/days': { access: everyone, query: 'from=2026-02-01&to=2026-02-28' },
  'GET /api/calendar/calculate': {
    access: everyone,
    query: 'start=2026-02-13T10:00:00%2B08:00&workingDays=20',
  },
  'GET /api/calendar/overrides': { access: everyone },
  'GET /api/calendar/overrides/:id': {
    access: everyone,
    params: async (f) => ({ id: await f.freshOverride() }),
  },
  'POST /api/calendar/overrides': {
    access: adminOnly,
    body: () => ({
      date: `2032-0${1 + Math.floor(Math.random() * 9)}-${10 + Math.floor(Math.random() * 18)}`,
      kind: 'holiday',
      name: '矩阵',
    }),
  },
  'DELETE /api/calendar/overrides/:id': {
    access: adminOnly,
    params: async (f) => ({ id: await f.freshOverride() }),
  },
  'GET /api/legal-challenges': { access: reportReaders },
  'GET /api/legal-challenges/:id': { access: reportReaders, params: (f) => ({ id: f.legalChallenge }) },
  'POST /api/legal-challenges': {
    access: { admin: 'allow', reviewer: 'allow' },
    body: { kind: 'lawsuit', lawsuitPath: 'direct', filedAt: '2026-05-01T00:00:00+08:00' },
  },
  'PUT /api/legal-challenges/:id': {
    access: { admin: 'allow', reviewer: 'allow' },
    params: (f) => ({ id: f.legalChallenge }),
    body: { result: 'upheld', decidedAt: '2026-06-01T00:00:00+08:00' },
  },
  'GET /api/reports/annual': { access: reportReaders, query: 'year=2026' },
  'GET /api/reports/annual.xlsx': { access: reportReaders, query: 'year=2026' },
  'GET /api/reports/annual.docx': { access: reportReaders, query: 'year=2026' },
  'GET /api/reports/sla': {
    access: { ...reportReaders, duty: 'allow' },
    query: 'from=2026-01-01T00:00:00%2B08:00&to=2027-01-01T00:00:00%2B08:00',
  },
  'GET /api/reports/daily.docx': { access: { ...reportReaders, duty: 'allow' }, query: 'date=2026-03-02' },
  'GET /api/reports/daily.html': { access: { ...reportReaders, duty: 'allow' }, query: 'date=2026-03-02' },
  'GET /api/workflow-settings': { access: everyone },
  'PUT /api/workflow-settings': { access: adminOnly, body: { leaderApproves: false } },
  'GET /api/audit-log': { access: { admin: 'allow', reviewer: 'allow' } },
  'GET /api/audit-log/:id': {
    access: { admin: 'allow', reviewer: 'allow' },
    params: (f) => ({ id: f.auditEntry }),
  },
};
