import { ShiftCreateSchema } from '@desk/core';
import { SelectInput, SimpleForm, TextInput } from 'react-admin';
import { DeskDateTimeInput } from '../common/DateTime';
import { zodValidate } from '../common/zodValidate';
import { useDutyOfficers } from './useDutyOfficers';

export const ShiftForm = () => {
  const officers = useDutyOfficers();
  return (
    <SimpleForm validate={zodValidate(ShiftCreateSchema)}>
      <SelectInput source="userId" choices={officers} optionText="name" />
      <DeskDateTimeInput source="startsAt" />
      <DeskDateTimeInput source="endsAt" />
      <TextInput source="email" />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  );
};
