import { Box } from '@mui/material';
import {
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { DateTime } from '../common/DateTime';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useAuditLabels } from './auditLabels';

/** Objects and actions are chosen by their names (工单, 发布), not typed as stored (cases, case.publish). */
const useFilters = () => {
  const { choices } = useAuditLabels();
  return [
    <SelectInput key="entity" source="entity" choices={choices.entity} alwaysOn />,
    <SelectInput key="action" source="action" choices={choices.action} alwaysOn />,
    <TextInput key="actor" source="actorName" />,
    <TextInput key="entityId" source="entityId" />,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
  ];
};

/** Before / after as indented JSON text (never markup). */
const Changes = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {JSON.stringify({ before: record.before, after: record.after }, null, 2)}
    </Box>
  );
};

/** The append-only audit trail (read-only here and in the API). */
const AuditList = () => {
  const label = useAuditLabels();
  const filters = useFilters();
  return (
    <List
      filters={filters}
      actions={<ListActions filters />}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={50}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => label.line(r),
          secondaryText: <DateTime source="at" />,
          tertiaryText: (r) => r.ip,
        }}
        bulkActionButtons={false}
        expand={<Changes />}
        rowClick="expand"
      >
        <DateTime source="at" />
        <TextField source="actorName" emptyText="—" />
        <FunctionField source="action" render={(r) => label.action(r.action)} />
        <FunctionField source="entity" render={(r) => label.entity(r.entity)} />
        <TextField source="entityId" emptyText="—" />
        <ReferenceField source="departmentId" reference="departments" link={false} emptyText="—" />
        <TextField source="ip" emptyText="—" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default AuditList;
