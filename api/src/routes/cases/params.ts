import { AppError, type CaseFilter, CaseFilterSchema } from '@desk/core';

export { IdParam } from '@desk/core';

/** The react-admin `filter` of a case list, validated by core's schema. */
export function parseCaseFilter(raw: Record<string, unknown>): CaseFilter {
  const parsed = CaseFilterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', { zh: '筛选条件有误', en: 'Bad filter' }, parsed.error.issues);
  }
  return parsed.data;
}
