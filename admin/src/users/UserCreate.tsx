import { roles, UserCreateSchema } from '@desk/core';
import {
  BooleanInput,
  Create,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

/** A person with one role; a department handler also needs their department. */
const UserCreate = () => {
  const choices = useEnumChoices();
  return (
    <Create redirect="list">
      <SimpleForm validate={zodValidate(UserCreateSchema)} defaultValues={{ role: 'handler', active: true }}>
        <TextInput source="username" />
        <TextInput source="displayName" />
        <PasswordInput source="password" />
        <SelectInput source="role" choices={choices('role', roles)} />
        <ReferenceInput source="departmentId" reference="departments" perPage={100}>
          <SelectInput optionText="name" />
        </ReferenceInput>
        <BooleanInput source="active" />
      </SimpleForm>
    </Create>
  );
};

export default UserCreate;
