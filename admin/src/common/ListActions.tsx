import type { ReactNode } from 'react';
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useResourceContext,
  useResourceDefinition,
} from 'react-admin';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { ExportMenu } from './export/ExportMenu';
import type { ExportColumn } from './export/table';

/** Filters, create (only if the role may), extra buttons and export, for every list. */
export const ListActions = ({
  filters = false,
  columns,
  children,
}: {
  filters?: boolean;
  columns?: ExportColumn[];
  children?: ReactNode;
}) => {
  const resource = useResourceContext() ?? '';
  const { hasCreate } = useResourceDefinition();
  const role = useActor()?.role;
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {hasCreate && canAccess(role, resource, 'create') ? <CreateButton /> : null}
      {children}
      <ExportMenu columns={columns} />
    </TopToolbar>
  );
};
