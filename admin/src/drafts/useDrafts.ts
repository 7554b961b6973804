import { useGetList } from 'react-admin';
import type { DraftsResponse } from '../providers/api-types';

/** One version of a case's reply, as `GET /api/drafts` sends it. */
export type Draft = DraftsResponse[number];

/** Every version of the case's reply, newest first. */
export function useDrafts(caseId: number | undefined) {
  const { data, isPending, refetch } = useGetList<Draft>(
    'drafts',
    { filter: { caseId }, sort: { field: 'version', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: caseId !== undefined },
  );
  const drafts = [...(data ?? [])].sort((a, b) => b.version - a.version);
  return { drafts, isPending, refetch };
}
