import { alertLevels } from '@desk/core';
import { BooleanInput, List, ReferenceField, SelectInput, TextField, useRefresh } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField, useEnumChoices } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';
import { useDeskEvents } from '../providers/events';
import { AcknowledgeButton } from './AcknowledgeButton';

const levelColor = (v: string) =>
  v === 'red' ? 'error' : v === 'orange' || v === 'yellow' ? 'warning' : 'info';

/** The alert inbox: open alerts first, refreshed live when a new one arrives over SSE. */
const AlertList = () => {
  const choices = useEnumChoices();
  const refresh = useRefresh();
  useDeskEvents(['alert.new', 'alert.acknowledged'], () => refresh());
  return (
    <List
      filters={[
        <BooleanInput key="open" source="open" alwaysOn />,
        <SelectInput key="level" source="level" choices={choices('level', alertLevels)} />,
      ]}
      filterDefaultValues={{ open: true }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<ListActions filters />}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.title,
          secondaryText: (
            <PhoneLine>
              <DateTime source="createdAt" />
              <EnumField source="kind" kind="alertKind" />
              <ReferenceField source="eventId" reference="events" link="show" emptyText="" />
              <ReferenceField source="caseId" reference="cases" link="show" emptyText="">
                <TextField source="code" />
              </ReferenceField>
            </PhoneLine>
          ),
          tertiaryText: (
            <PhoneLine>
              <EnumField source="level" kind="level" chip color={levelColor} />
              <AcknowledgeButton />
            </PhoneLine>
          ),
        }}
        bulkActionButtons={false}
        rowClick={false}
      >
        <DateTime source="createdAt" />
        <EnumField source="level" kind="level" chip color={levelColor} />
        <EnumField source="kind" kind="alertKind" />
        <SafeTextField source="title" />
        <ReferenceField source="eventId" reference="events" link="show" emptyText="—" />
        <ReferenceField source="caseId" reference="cases" link="show" emptyText="—">
          <TextField source="code" />
        </ReferenceField>
        <DateTime source="acknowledgedAt" emptyText="—" />
        <AcknowledgeButton label="desk.alerts.acknowledge" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default AlertList;
