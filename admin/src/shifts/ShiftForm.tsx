import { ShiftCreateSchema } from '@desk/core';
import { DateTimeInput, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { zodValidate } from '../common/zodValidate';

export const ShiftForm = () => (
  <SimpleForm validate={zodValidate(ShiftCreateSchema)}>
    <ReferenceInput source="userId" reference="users" perPage={200} filter={{ role: 'duty' }}>
      <SelectInput optionText="displayName" />
    </ReferenceInput>
    <DateTimeInput source="startsAt" />
    <DateTimeInput source="endsAt" />
    <TextInput source="email" />
    <TextInput source="note" multiline fullWidth />
  </SimpleForm>
);
