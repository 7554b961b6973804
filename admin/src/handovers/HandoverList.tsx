import { List, useRecordContext } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';
import { type Officer, useDutyOfficers } from '../shifts/useDutyOfficers';
import { AcknowledgeHandover } from './AcknowledgeHandover';

/** Names come from the rota (the user list is the admin's). */
const Person = ({ source, officers }: { source: 'from' | 'to'; officers: Officer[]; label?: string }) => {
  const record = useRecordContext();
  const id = record?.[`${source}UserId`];
  if (!id) return <span>—</span>;
  return <span>{officers.find((o) => o.id === id)?.name ?? `#${id}`}</span>;
};

const Count = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  return <span>{(record?.[source] ?? []).length}</span>;
};

/** The handover log (交接班记录): what each outgoing officer passed on. */
const HandoverList = () => {
  const officers = useDutyOfficers();
  return (
    <List actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.summary,
          secondaryText: <DateTime source="createdAt" />,
          tertiaryText: <AcknowledgeHandover />,
        }}
        rowClick="show"
        bulkActionButtons={false}
      >
        <DateTime source="createdAt" />
        <Person source="from" officers={officers} label="resources.handovers.fields.fromUserId" />
        <Person source="to" officers={officers} label="resources.handovers.fields.toUserId" />
        <SafeTextField source="summary" clamp={2} />
        <Count source="openAlertIds" label="resources.handovers.fields.openAlertIds" />
        <Count source="openEventIds" label="resources.handovers.fields.openEventIds" />
        <DateTime source="acknowledgedAt" emptyText="—" />
        <AcknowledgeHandover label="resources.handovers.fields.acknowledgedAt" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default HandoverList;
