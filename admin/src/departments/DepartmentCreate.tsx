import { DepartmentCreateSchema } from '@desk/core';
import { BooleanInput, Create, SimpleForm, TextInput } from 'react-admin';
import { zodValidate } from '../common/zodValidate';

const DepartmentCreate = () => (
  <Create redirect="list">
    <SimpleForm validate={zodValidate(DepartmentCreateSchema)} defaultValues={{ active: true }}>
      <TextInput source="name" />
      <TextInput source="code" helperText="edu, health, …" />
      <TextInput source="nameEn" fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  </Create>
);

export default DepartmentCreate;
