import { DepartmentUpdateSchema } from '@desk/core';
import { BooleanInput, Edit, SimpleForm, TextInput } from 'react-admin';
import { zodValidate } from '../common/zodValidate';

const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm validate={zodValidate(DepartmentUpdateSchema)}>
      <TextInput source="code" disabled />
      <TextInput source="name" />
      <TextInput source="nameEn" fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);

export default DepartmentEdit;
