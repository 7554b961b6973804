import { roles, UserUpdateSchema } from '@desk/core';
import {
  BooleanInput,
  Edit,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

const keepPasswordIfBlank = ({ password, ...rest }: Record<string, unknown>) =>
  password ? { ...rest, password } : rest;

/** Change role, department or status; a blank password keeps the old one. The user must sign in again. */
const UserEdit = () => {
  const choices = useEnumChoices();
  return (
    <Edit mutationMode="pessimistic" transform={keepPasswordIfBlank}>
      <SimpleForm validate={zodValidate(UserUpdateSchema)}>
        <TextInput source="username" disabled />
        <TextInput source="displayName" />
        <SelectInput source="role" choices={choices('role', roles)} />
        <ReferenceInput source="departmentId" reference="departments" perPage={100}>
          <SelectInput optionText="name" emptyText="—" />
        </ReferenceInput>
        <BooleanInput source="active" />
        <PasswordInput source="password" autoComplete="new-password" />
      </SimpleForm>
    </Edit>
  );
};

export default UserEdit;
