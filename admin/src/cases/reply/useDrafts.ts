import { type RaRecord, useGetList } from 'react-admin';

export interface Draft extends RaRecord {
  caseId: number;
  version: number;
  body: string;
  templateId: number | null;
  status: string;
  reviewComment: string | null;
  authorName: string | null;
  createdAt: string;
}

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
