import { HandoverCreateSchema } from '@desk/core';
import { useMemo } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetList,
} from 'react-admin';
import { zodValidate } from '../common/zodValidate';
import { useDutyOfficers } from '../shifts/useDutyOfficers';

/** A handover starts with everything still open: unacknowledged alerts and events in progress. */
const HandoverCreate = () => {
  const officers = useDutyOfficers();
  const { data: alerts = [] } = useGetList('alerts', {
    filter: { open: true },
    pagination: { page: 1, perPage: 100 },
  });
  const { data: events = [] } = useGetList('events', {
    filter: { status: 'open' },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'hotness', order: 'DESC' },
  });
  const defaults = useMemo(
    () => ({ openAlertIds: alerts.map((a) => a.id), openEventIds: events.map((e) => e.id) }),
    [alerts, events],
  );
  return (
    <Create redirect="list">
      <SimpleForm
        validate={zodValidate(HandoverCreateSchema)}
        defaultValues={defaults}
        key={`${alerts.length}-${events.length}`}
      >
        <TextInput source="summary" multiline minRows={6} fullWidth />
        <SelectInput source="toUserId" choices={officers} optionText="name" />
        <ReferenceArrayInput source="openAlertIds" reference="alerts">
          <AutocompleteArrayInput optionText="title" fullWidth />
        </ReferenceArrayInput>
        <ReferenceArrayInput source="openEventIds" reference="events">
          <AutocompleteArrayInput optionText="title" fullWidth />
        </ReferenceArrayInput>
      </SimpleForm>
    </Create>
  );
};

export default HandoverCreate;
