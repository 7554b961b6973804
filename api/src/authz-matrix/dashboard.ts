import { everyone, type Matrix } from './types';

const period = `from=${encodeURIComponent('2026-01-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-02-01T00:00:00+08:00')}`;

/** The desk's own routes (issue 6): leader charts, facet counts scoped like the search, export records. */
export const matrix: Matrix = {
  'GET /api/dashboard/leader': {
    access: { admin: 'allow', duty: 'allow', reviewer: 'allow', leader: 'allow' },
    query: period,
  },
  'POST /api/exports': { access: everyone, body: { resource: 'cases', format: 'csv', count: 1 } },
  'GET /api/dashboard/facets': { access: everyone, query: `filter=${encodeURIComponent('{"q":"供暖"}')}` },
};
