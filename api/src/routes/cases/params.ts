import { AppError, type CaseFilter, CaseFilterSchema } from '@desk/core';
import { z } from 'zod';

export const IdParam = z.object({ id: z.coerce.number().int().positive() });

/** The react-admin `filter` of a case list, validated by core's schema. */
export function parseCaseFilter(raw: Record<string, unknown>): CaseFilter {
  const parsed = CaseFilterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', { zh: '筛选条件有误', en: 'Bad filter' }, parsed.error.issues);
  }
  return parsed.data;
}

/** The facts an audit entry keeps about a case before and after a change. */
export const auditFacts = (c: {
  status: string;
  leadDepartmentId: number | null;
  coDepartmentIds: number[];
  dueAt: Date | null;
  escalation: string;
}) => ({
  status: c.status,
  leadDepartmentId: c.leadDepartmentId,
  coDepartmentIds: c.coDepartmentIds,
  dueAt: c.dueAt,
  escalation: c.escalation,
});
