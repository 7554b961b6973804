import { ShiftCreateSchema } from '@desk/core';
import { DateTimeInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { zodValidate } from '../common/zodValidate';
import { useDutyOfficers } from './useDutyOfficers';

export const ShiftForm = () => {
  const officers = useDutyOfficers();
  return (
    <SimpleForm validate={zodValidate(ShiftCreateSchema)}>
      <SelectInput source="userId" choices={officers} optionText="name" />
      <DateTimeInput source="startsAt" />
      <DateTimeInput source="endsAt" />
      <TextInput source="email" />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  );
};
