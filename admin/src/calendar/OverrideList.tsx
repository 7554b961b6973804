import { DeleteButton, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { DeadlineCalculator } from './DeadlineCalculator';

/** Holiday and make-up working-day corrections; each change recomputes open deadlines on the server. */
const OverrideList = () => {
  const role = useActor()?.role;
  return (
    <List
      actions={<ListActions />}
      aside={<DeadlineCalculator />}
      sort={{ field: 'date', order: 'ASC' }}
      perPage={50}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => `${r.date} ${r.name}`,
          secondaryText: (r) => r.note,
          tertiaryText: (
            <PhoneLine>
              <EnumField source="kind" kind="dayKind" chip />
              {canAccess(role, 'calendar', 'delete') ? (
                <DeleteButton mutationMode="pessimistic" label="" />
              ) : null}
            </PhoneLine>
          ),
        }}
        bulkActionButtons={false}
      >
        <TextField source="date" />
        <EnumField source="kind" kind="dayKind" chip />
        <TextField source="name" />
        <TextField source="note" emptyText="—" />
        {canAccess(role, 'calendar', 'delete') ? <DeleteButton mutationMode="pessimistic" /> : null}
      </ResponsiveDatagrid>
    </List>
  );
};

export default OverrideList;
