import { sourceHealthStates, sourceTypes } from '@desk/core';
import { BooleanField, List, NumberField, SelectInput, TextField } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField, useEnumChoices } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { HealthField } from './HealthField';

/** Every source with its health: last fetch, last new item, failures in a row, last error. */
const SourceList = () => {
  const choices = useEnumChoices();
  return (
    <List
      filters={[
        <SelectInput
          key="health"
          source="health"
          choices={choices('sourceHealth', sourceHealthStates)}
          alwaysOn
        />,
        <SelectInput key="type" source="type" choices={choices('sourceType', sourceTypes)} />,
      ]}
      actions={<ListActions filters />}
      sort={{ field: 'id', order: 'ASC' }}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.name,
          secondaryText: (
            <PhoneLine>
              <EnumField source="type" kind="sourceType" />
              <DateTime source="lastFetchAt" emptyText="" />
            </PhoneLine>
          ),
          tertiaryText: <HealthField />,
        }}
        rowClick="edit"
        bulkActionButtons={false}
      >
        <TextField source="name" />
        <EnumField source="type" kind="sourceType" />
        <HealthField label="resources.sources.fields.health" />
        <DateTime source="lastFetchAt" emptyText="—" />
        <DateTime source="lastNewItemAt" emptyText="—" />
        <NumberField source="consecutiveFailures" />
        <NumberField source="itemsTotal" />
        <NumberField source="intervalSeconds" />
        <BooleanField source="enabled" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default SourceList;
