import { CalendarOverrideCreateSchema } from '@desk/core';
import { Create, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

const OverrideCreate = () => {
  const choices = useEnumChoices();
  return (
    <Create redirect="list">
      <SimpleForm validate={zodValidate(CalendarOverrideCreateSchema)} defaultValues={{ kind: 'holiday' }}>
        <TextInput source="date" placeholder="2026-10-08" />
        <SelectInput source="kind" choices={choices('dayKind', ['holiday', 'workday'])} />
        <TextInput source="name" />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default OverrideCreate;
