import { Datagrid, List, useRecordContext } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { ListActions } from '../common/ListActions';
import { SafeTextField } from '../common/SafeText';

const Person = ({ source }: { source: 'from' | 'to'; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const name = record[`${source}UserName`] ?? record[`${source}Name`] ?? record[`${source}UserId`];
  return <span>{name ?? '—'}</span>;
};

const Count = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  return <span>{(record?.[source] ?? []).length}</span>;
};

/** The handover log (交接班记录): what each outgoing officer passed on. */
const HandoverList = () => (
  <List actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateTime source="createdAt" />
      <Person source="from" label="resources.handovers.fields.fromUserId" />
      <Person source="to" label="resources.handovers.fields.toUserId" />
      <SafeTextField source="summary" clamp={2} />
      <Count source="openAlertIds" label="resources.handovers.fields.openAlertIds" />
      <Count source="openEventIds" label="resources.handovers.fields.openEventIds" />
      <DateTime source="acknowledgedAt" emptyText="—" />
    </Datagrid>
  </List>
);

export default HandoverList;
